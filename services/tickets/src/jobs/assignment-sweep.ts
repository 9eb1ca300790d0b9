import { now as clockNow } from '@switchboard/clock';
import { repeat } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import type { Assigner } from '../actions/assigner.js';
import { tenantsToSweep } from '../data/assignment.repository.js';
import type { Db } from '../data/db.js';

/** Tenants swept at once: passes are short, and the API keeps most of the connection pool. */
const parallelTenants = 4;

/**
 * One sweep: a pass for every tenant where one may have work (a NEW ticket and someone at work,
 * or a ticket unanswered past the no-reply limit), so nothing waits forever if a trigger was
 * missed (a crash between a commit and its pass, a ticket from another path). Returns the tenants.
 */
export async function sweepAssignments(db: Db, assigner: Assigner, now: Date = clockNow()): Promise<number> {
  const tenants = await tenantsToSweep(db, now);
  for (let i = 0; i < tenants.length; i += parallelTenants) {
    await Promise.all(tenants.slice(i, i + parallelTenants).map((tenantId) => assigner.kick(tenantId)));
  }
  return tenants.length;
}

/** Sweeps every `intervalMs` (one sweep at a time) until stopped; a failed sweep is logged and retried. */
export const startAssignmentSweep = (db: Db, assigner: Assigner, intervalMs: number, logger: Logger) =>
  repeat(() => sweepAssignments(db, assigner), intervalMs, logger, 'assignment sweep failed');
