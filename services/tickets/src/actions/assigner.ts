import { uuidv7 } from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { Db } from '../data/db.js';
import { runAssignmentPass } from './auto-assign.js';

/** Asks for assignment passes; one per tenant at a time in this process, later asks coalesced. */
export type Assigner = {
  /**
   * Runs a pass over the tenant soon, in its own transaction. Call it once what may free or need an
   * agent has committed, or while holding the tenant's assignment lock (the pass then waits for the
   * commit): never await it inside such a transaction. Resolves once a pass that started after this
   * call has ended; never rejects (failures are logged; the sweep retries).
   */
  kick(tenantId: string, correlationId?: string): Promise<void>;
  /** Lets the passes in flight finish; later kicks do nothing. */
  stop(): Promise<void>;
};

type Lane = { again: boolean; correlationId: string | undefined; done: Promise<void> };

export function createAssigner(db: Db, logger: Logger): Assigner {
  const lanes = new Map<string, Lane>();
  let stopped = false;

  async function drive(tenantId: string, lane: Lane): Promise<void> {
    do {
      lane.again = false;
      const correlationId = lane.correlationId ?? `assignment-${uuidv7()}`;
      lane.correlationId = undefined;
      try {
        const outcome = await runAssignmentPass(db, tenantId, correlationId);
        if (outcome.assigned + outcome.reassigned > 0)
          logger.info({ tenantId, correlationId, ...outcome }, 'auto-assignment pass');
      } catch (err) {
        logger.error({ err, tenantId, correlationId }, 'auto-assignment pass failed; the sweep retries');
      }
    } while (lane.again && !stopped);
    lanes.delete(tenantId);
  }

  return {
    kick(tenantId, correlationId) {
      if (stopped) return Promise.resolve();
      const running = lanes.get(tenantId);
      if (running) {
        running.again = true;
        running.correlationId = correlationId ?? running.correlationId;
        return running.done;
      }
      const lane: Lane = { again: false, correlationId, done: Promise.resolve() };
      lanes.set(tenantId, lane);
      lane.done = drive(tenantId, lane);
      return lane.done;
    },
    async stop() {
      stopped = true;
      await Promise.all([...lanes.values()].map((lane) => lane.done));
    },
  };
}
