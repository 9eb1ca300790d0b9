/**
 * When to refresh an access token: ahead of its expiry by a fifth of its life, at least 5 s
 * and at most 60 s before, so a 15-minute token is renewed a minute early and a very short one
 * still in time. Never in the past.
 */
export function refreshDelayMs(issuedAt: number, expiresAt: number, now: number): number {
  const life = Math.max(0, expiresAt - issuedAt);
  const margin = Math.min(60_000, Math.max(5_000, life / 5));
  return Math.max(0, expiresAt - margin - now);
}

/** True when the token is expired or inside its refresh margin. */
export const needsRefresh = (issuedAt: number, expiresAt: number, now: number) =>
  refreshDelayMs(issuedAt, expiresAt, now) === 0;
