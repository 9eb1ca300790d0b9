export type BackoffOptions = { initialMs: number; maxMs: number };

/** Reconnect/retry defaults: fast first retry, then at most one attempt per 5 s. */
export const defaultBackoff: BackoffOptions = { initialMs: 100, maxMs: 5_000 };

/**
 * Delay before retry number `attempt` (0-based): exponential, capped, with "equal jitter" so a
 * fleet of services reconnecting after a broker restart does not stampede it in lockstep, while
 * still waiting at least half the nominal delay.
 */
export function backoffDelay(attempt: number, options = defaultBackoff, random = Math.random): number {
  const nominal = Math.min(options.maxMs, options.initialMs * 2 ** Math.max(0, attempt));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

/**
 * Delay before a failed message is requeued: grows with the broker's delivery count (quorum queues
 * set `x-delivery-count`), no jitter needed since the broker spreads redeliveries anyway.
 */
export function retryDelay(deliveryCount: number, baseMs: number, maxMs = Math.max(baseMs, 30_000)): number {
  const count = Number.isFinite(deliveryCount) ? Math.max(0, deliveryCount) : 0;
  return Math.min(maxMs, baseMs * 2 ** count);
}
