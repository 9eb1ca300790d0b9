/**
 * Open-loop pacing: calls `fire` `ratePerSec` times a second for `durationMs`, in 10 ms ticks,
 * whatever the answers do (so a slow system shows as latency, not as a lower offered rate).
 * Resolves when the last call has been made.
 */
export function paced(ratePerSec: number, durationMs: number, fire: (i: number) => void): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    let sent = 0;
    const total = Math.max(1, Math.round((ratePerSec * durationMs) / 1000));
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * ratePerSec) / 1000) + 1);
      while (sent < due) fire(sent++);
      if (sent >= total) {
        clearInterval(timer);
        resolve(sent);
      }
    };
    const timer = setInterval(tick, 10);
    tick();
  });
}
