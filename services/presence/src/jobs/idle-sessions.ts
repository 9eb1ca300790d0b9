import { now as clockNow } from '@switchboard/clock';
import { DomainError, uuidv7 } from '@switchboard/contracts';
import { repeat } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import { applyMove } from '../actions/sessions.js';
import { lockAgent } from '../data/agents.repository.js';
import type { Db } from '../data/db.js';
import { idleOpenSessions } from '../data/intervals.repository.js';

/** Correlation ids of the clock-outs this job causes start with this: the events say who closed. */
export const IDLE_CLEANUP_CORRELATION = 'idle-session-cleanup';

/**
 * One pass of the idle-session cleanup (docs/api.md §8.2): every open work session whose agent
 * has had no open socket and no activity change (nor socket disconnect) for longer than the
 * tenant's idle_session_limit_minutes is clocked out at `now`, exactly as the agent's own
 * clock-out would: the open activity closes, agent.clocked_out is published and availability is
 * re-derived. Each is decided again under the agent's lock, so a reconnect or move meanwhile wins.
 * Returns how many sessions were closed.
 */
export async function closeIdleSessions(db: Db, logger: Logger, now: Date = clockNow()): Promise<number> {
  let closed = 0;
  for (const candidate of await idleOpenSessions(db, now)) {
    try {
      const done = await db.transaction(async (tx) => {
        const agent = await lockAgent(tx, candidate.tenantId, candidate.agentId);
        if (!agent) return false;
        const [still] = await idleOpenSessions(tx, now, agent.agentId);
        if (still?.sessionId !== candidate.sessionId) return false;
        const origin = { tenantId: agent.tenantId, correlationId: `${IDLE_CLEANUP_CORRELATION}-${uuidv7()}` };
        await applyMove(tx, origin, agent, 'clock_out', now, { closedBy: 'idle_cleanup' });
        return true;
      });
      if (done) {
        closed++;
        logger.info(
          { agentId: candidate.agentId, sessionId: candidate.sessionId, idleSince: candidate.lastSignAt },
          'idle work session clocked out (closed by cleanup)',
        );
      }
    } catch (err) {
      // A conflict means the agent moved meanwhile; anything else is logged and retried next pass.
      if (!(err instanceof DomainError))
        logger.warn({ err, agentId: candidate.agentId }, 'idle cleanup failed');
    }
  }
  return closed;
}

/** Runs the cleanup every `intervalMs` until stopped. */
export function startIdleSessionCleanup(db: Db, intervalMs: number, logger: Logger) {
  return repeat(() => closeIdleSessions(db, logger), intervalMs, logger, 'idle-session cleanup failed');
}
