import type { Socket } from 'socket.io-client';
import { now, perSecond, sleep, summarize } from './stats.js';

/** Counts receipts of `event` on many sockets, with the latency from a stamp the payload carries. */
export function recordDeliveries(
  sockets: Socket[],
  event: string,
  stampOf: (data: unknown) => number | undefined,
) {
  const latencies: number[] = [];
  let count = 0;
  let last = 0;
  const onEvent = (data: unknown) => {
    count++;
    last = now();
    const stamp = stampOf(data);
    if (stamp !== undefined) latencies.push(last - stamp);
  };
  for (const socket of sockets) socket.on(event, onEvent);
  return {
    count: () => count,
    /** Waits until `expected` receipts (or `timeoutMs`, or 3 s without progress); returns the time of the last. */
    async settle(expected: number, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let seen = count;
      let idleSince = Date.now();
      while (count < expected && Date.now() < deadline && Date.now() - idleSince < 3000) {
        await sleep(20);
        if (count !== seen) [seen, idleSince] = [count, Date.now()];
      }
      return last;
    },
    reset() {
      latencies.length = 0;
      count = 0;
    },
    summary: () => summarize(latencies),
    stop: () => {
      for (const socket of sockets) socket.off(event, onEvent);
    },
    rate: (fromMs: number) => perSecond(count, last - fromMs),
  };
}
