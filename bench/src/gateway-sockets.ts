import type { Stack, TenantAdmin } from '@switchboard/testing';
import { recordDeliveries } from './deliveries.js';
import { log, rssOf } from './machine.js';
import { closeAll, connectMany } from './sockets.js';
import { now, sleep } from './stats.js';

/**
 * Authenticated sockets on one gateway: deliveries/s to 1,000 of them (a burst of messages, as
 * B_sio), RSS per socket at 10,000, as many as feasible up to `maxSockets`, and broadcast fan-out time.
 */
export async function benchGatewaySockets(stack: Stack, admin: TenantAdmin, maxSockets: number) {
  const gateway = stack.gateways[0];
  if (!gateway?.process.child.pid) throw new Error('no gateway process');
  const pid = gateway.process.child.pid;
  const rss0 = rssOf(pid);
  const [ticket] = (await stack.call('GET', '/api/tickets?limit=1', { token: admin.token })).body.data;
  const sockets = await connectMany(stack.baseUrl, Math.min(1000, maxSockets), {
    readyEvent: 'authenticated',
    token: admin.token,
    timeoutMs: 120_000,
    label: 'gateway sockets',
  });

  // Deliveries/s: a burst of messages, each a `new_message` to every admin socket.
  const messages = Math.max(10, Math.round(100_000 / sockets.length));
  const deliveries = recordDeliveries(sockets, 'new_message', () => undefined);
  const t0 = now();
  await Promise.all(
    Array.from({ length: messages }, (_, i) =>
      stack.call('POST', `/api/tickets/${ticket.id}/messages`, {
        token: admin.token,
        body: { body: `burst ${i}` },
      }),
    ),
  );
  await deliveries.settle(messages * sockets.length, 60_000);
  const deliveriesPerSec = deliveries.rate(t0);
  log(`  gateway: ${deliveries.count()} deliveries, ${deliveriesPerSec}/s`);
  deliveries.stop();

  // Memory per socket at B_sio's largest step (10,000), then as many sockets as feasible.
  const connectStart = Date.now();
  const memory: { sockets: number; rssDeltaMB: number; bytesPerSocket: number }[] = [];
  for (const step of new Set([Math.min(10_000, maxSockets), maxSockets])) {
    if (step > sockets.length) {
      sockets.push(
        ...(await connectMany(stack.baseUrl, step - sockets.length, {
          readyEvent: 'authenticated',
          token: admin.token,
          timeoutMs: 240_000,
          label: 'gateway sockets',
        })),
      );
    }
    await sleep(2000);
    const rssDelta = rssOf(pid) - rss0;
    memory.push({
      sockets: sockets.length,
      rssDeltaMB: Math.round(rssDelta / 2 ** 20),
      bytesPerSocket: Math.round(rssDelta / sockets.length),
    });
    log(`  gateway memory: ${sockets.length} sockets, ${memory.at(-1)?.bytesPerSocket} B/socket`);
  }
  const connectS = (Date.now() - connectStart) / 1000;

  // Broadcast fan-out: POST /api/broadcasts (audience all) → the last socket's `broadcast`.
  const fanout: { sockets: number; received: number; firstMs: number; lastMs: number }[] = [];
  for (let round = 0; round < 3; round++) {
    const record = recordDeliveries(sockets, 'broadcast', () => undefined);
    let first = 0;
    sockets[0]?.once('broadcast', () => (first = now()));
    const sent = now();
    const res = await stack.call('POST', '/api/broadcasts', {
      token: admin.token,
      body: { message: `fan-out ${round}`, audience: { type: 'all' } },
    });
    if (res.status !== 201) throw new Error(`broadcast: ${res.status} ${JSON.stringify(res.body)}`);
    const last = await record.settle(sockets.length, 60_000);
    fanout.push({
      sockets: sockets.length,
      received: record.count(),
      firstMs: Math.round(first - sent),
      lastMs: Math.round(last - sent),
    });
    log(`  fan-out ${round}: ${record.count()}/${sockets.length} in ${Math.round(last - sent)} ms`);
    record.stop();
  }
  await closeAll(sockets);
  return {
    deliveries: { sockets: Math.min(1000, sockets.length), messages, deliveriesPerSec },
    sockets: { target: maxSockets, reached: sockets.length, connectS, memory },
    fanout,
  };
}
