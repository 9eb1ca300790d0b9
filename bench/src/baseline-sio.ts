import { startServer } from './child.js';
import { recordDeliveries } from './deliveries.js';
import { log, rssOf } from './machine.js';
import { closeAll, connectMany } from './sockets.js';
import { now, type Summary, sleep } from './stats.js';

export type SioResult = {
  clients: number;
  burstEmits: number;
  deliveriesPerSec: number;
  halfRate: { emitsPerSec: number; latencyMs: Summary };
  memory: { sockets: number; rssDeltaMB: number; bytesPerSocket: number }[];
};

const stamp = (data: unknown) => (data as { t?: number }).t;

/** B_sio: a bare Socket.IO server with the Redis adapter; `io.to(room).emit` to N clients. */
export async function benchSio(
  clients: number,
  memorySteps: number[],
  durationMs: number,
): Promise<SioResult> {
  const server = await startServer('bare-sio');
  const pid = server.proc.child.pid ?? 0;
  try {
    await sleep(500);
    const rss0 = rssOf(pid);
    const sockets = await connectMany(server.url, clients, {
      readyEvent: 'connect',
      timeoutMs: 120_000,
      label: 'B_sio',
    });
    const deliveries = recordDeliveries(sockets, 'm', stamp);

    // Throughput: a burst of emits to the room, until every client has every one.
    const burstEmits = Math.max(10, Math.round(100_000 / sockets.length));
    const t0 = now();
    await fetch(`${server.url}/emit?count=${burstEmits}`);
    await deliveries.settle(burstEmits * sockets.length);
    const deliveriesPerSec = deliveries.rate(t0);
    log(`  B_sio: ${deliveries.count()} deliveries, ${deliveriesPerSec}/s`);

    // Latency at half that rate.
    const emitsPerSec = Math.max(1, Math.round(deliveriesPerSec / 2 / sockets.length));
    const count = Math.max(1, Math.round((emitsPerSec * durationMs) / 1000));
    deliveries.reset();
    await fetch(`${server.url}/emit?count=${count}&rate=${emitsPerSec}`);
    await sleep(durationMs);
    await deliveries.settle(count * sockets.length);
    const halfRate = { emitsPerSec, latencyMs: deliveries.summary() };
    deliveries.stop();

    // Memory per connection at each step.
    const memory: SioResult['memory'] = [];
    const all = [...sockets];
    for (const step of memorySteps) {
      if (step > all.length) {
        const more = await connectMany(server.url, step - all.length, {
          readyEvent: 'connect',
          timeoutMs: 120_000,
          label: `B_sio ${step}`,
        });
        all.push(...more);
      }
      await sleep(1000);
      const delta = rssOf(pid) - rss0;
      memory.push({
        sockets: all.length,
        rssDeltaMB: Math.round(delta / 2 ** 20),
        bytesPerSocket: Math.round(delta / all.length),
      });
      log(`  B_sio memory: ${all.length} sockets, ${Math.round(delta / all.length)} B/socket`);
    }
    await closeAll(all);
    return { clients: sockets.length, burstEmits, deliveriesPerSec, halfRate, memory };
  } finally {
    await server.proc.stop();
  }
}
