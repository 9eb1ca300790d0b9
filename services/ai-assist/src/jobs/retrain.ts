import { repeat } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import { retrainChangedTenants } from '../actions/learning.js';
import type { Db } from '../data/db.js';

/**
 * Retrains, every `intervalMs`, each tenant model that learned a label since its last train: a
 * relabelled ticket cannot be unlearned incrementally, and the calibration ages (docs/ai.md).
 */
export function startRetrain(db: Db, intervalMs: number, logger: Logger) {
  return repeat(() => retrainChangedTenants(db, logger), intervalMs, logger, 'tenant model retrain failed');
}
