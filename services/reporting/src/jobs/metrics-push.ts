import { isDeepStrictEqual } from 'node:util';
import { uuidv7 } from '@switchboard/contracts';
import { repeat } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import { announcePerformance } from '../actions/agent-performance.js';
import { liveDashboard } from '../actions/dashboard.js';
import type { ReportingConfig } from '../config.js';
import { claimDashboard, dueTenants, markAllDirty, settleDashboard } from '../data/dashboards.repository.js';
import type { Db } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { quietDashboard } from '../domain/dashboard.js';

/**
 * One pass: each tenant whose read models changed since its last push, and that was not pushed in
 * the last `minGapMs`, gets its dashboard recomputed; if the numbers differ from the last ones
 * pushed (or, before the first push, from an all-quiet dashboard), metrics.updated goes out
 * through the outbox with them; so do the agents' changed performance metrics
 * (agent.performance_changed). Many events between two passes make one push. Returns how many
 * dashboards were pushed.
 */
export async function pushDashboards(db: Db, minGapMs: number, now: Date = new Date()): Promise<number> {
  let pushed = 0;
  for (const tenantId of await dueTenants(db, new Date(now.getTime() - minGapMs))) {
    const sent = await db.transaction(async (tx) => {
      const claimed = await claimDashboard(tx, tenantId);
      if (!claimed) return false;
      // Read through the pool: its queries run in parallel, and the row lock is all the claim needs.
      const dashboard = await liveDashboard(db, tenantId, now);
      // A tenant with nothing to show yet (only its users announced) is not pushed at all.
      const previous = claimed.pushed ?? quietDashboard(dashboard.day, dashboard.timeZone);
      const changed = !isDeepStrictEqual(previous, dashboard);
      if (changed) {
        const origin = { tenantId, correlationId: `metrics-push-${uuidv7()}` };
        await recordEvent(tx, origin, 'metrics.updated', dashboard);
      }
      await announcePerformance(tx, db, tenantId, now);
      await settleDashboard(tx, tenantId, now, changed ? dashboard : null);
      return changed;
    });
    if (sent) pushed++;
  }
  return pushed;
}

/** Pushes every `pushMs`; every `refreshMs` all dashboards are recomputed (a new local day). */
export function startMetricsPush(
  db: Db,
  settings: Pick<ReportingConfig, 'METRICS_PUSH_MS' | 'METRICS_REFRESH_MS'>,
  logger: Logger,
) {
  const push = repeat(
    () => pushDashboards(db, settings.METRICS_PUSH_MS),
    settings.METRICS_PUSH_MS,
    logger,
    'metrics push failed',
  );
  const refresh = repeat(
    () => markAllDirty(db, new Date()),
    settings.METRICS_REFRESH_MS,
    logger,
    'dashboard refresh failed',
  );
  return {
    stop: async () => {
      await push.stop();
      await refresh.stop();
    },
  };
}
