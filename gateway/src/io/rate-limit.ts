/**
 * A token bucket: `perSecond` sustained, bursts up to twice that. One per socket, so a flood
 * from one client is dropped without slowing anyone else.
 */
export function tokenBucket(perSecond: number, now: () => number = Date.now) {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let at = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - at) / 1000) * perSecond);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
