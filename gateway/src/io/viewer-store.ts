import type { TicketViewer } from '@switchboard/contracts';
import type { Redis } from 'ioredis';

/*
 * Who has a ticket open, across every gateway: one Redis hash per ticket (socket id → the viewer
 * and until when the entry holds). The gateway holding a socket refreshes its entries while the
 * socket lives; an entry not refreshed in time (its gateway was killed) is dropped by the next
 * reader, so no dead socket stays listed. With Redis in process (embedded mode) the same commands
 * run on the in-process store.
 */

type Entry = TicketViewer & { until: number };
export type ViewerKey = { tenantId: string; ticketId: string };

export function viewerStore(redis: Redis, keyPrefix: string, holdMs: number) {
  const keyOf = ({ tenantId, ticketId }: ViewerKey) => `${keyPrefix}viewers:${tenantId}:${ticketId}`;
  return {
    /** Records (or refreshes) a socket's entry; the hash itself goes once nobody refreshes it. */
    async put(key: ViewerKey, socketId: string, viewer: TicketViewer): Promise<void> {
      const entry: Entry = { ...viewer, until: Date.now() + holdMs };
      await redis
        .multi()
        .hset(keyOf(key), socketId, JSON.stringify(entry))
        .pexpire(keyOf(key), holdMs)
        .exec();
    },
    async remove(key: ViewerKey, socketId: string): Promise<void> {
      await redis.hdel(keyOf(key), socketId);
    },
    /** The ticket's viewers, one per user; `dropped` says whether this read removed stale entries. */
    async list(key: ViewerKey): Promise<{ viewers: TicketViewer[]; dropped: boolean }> {
      const now = Date.now();
      const entries = Object.entries(await redis.hgetall(keyOf(key))).map(
        ([socketId, raw]) => [socketId, JSON.parse(raw) as Entry] as const,
      );
      const stale = entries.filter(([, e]) => e.until <= now).map(([socketId]) => socketId);
      // Only the reader whose HDEL removed them reports the change: one broadcast per expiry.
      const dropped = stale.length > 0 && (await redis.hdel(keyOf(key), ...stale)) > 0;
      const live = entries.filter(([, e]) => e.until > now).map(([, e]) => e);
      return { viewers: onePerUser(live), dropped };
    },
  };
}

export type ViewerStore = ReturnType<typeof viewerStore>;

/** Two tabs of one user are one viewer, composing while either types; ordered by name. */
function onePerUser(entries: TicketViewer[]): TicketViewer[] {
  const byUser = new Map<string, TicketViewer>();
  for (const { userId, fullName, composing } of entries) {
    const seen = byUser.get(userId);
    byUser.set(userId, { userId, fullName, composing: composing || (seen?.composing ?? false) });
  }
  return [...byUser.values()].sort(
    (a, b) => a.fullName.localeCompare(b.fullName) || a.userId.localeCompare(b.userId),
  );
}
