import type { Stack, TenantAdmin } from '@switchboard/testing';
import { newTicket } from './api.js';
import { recordDeliveries } from './deliveries.js';
import { runHttpLoad } from './load.js';
import { log } from './machine.js';
import { paced } from './pace.js';
import { connectMany } from './sockets.js';
import { quiesce } from './stack.js';
import { now, perSecond, sleep, summarize } from './stats.js';

const TICKETS = 20;

/**
 * Events through outbox → RabbitMQ → gateway → a socket: the sustainable rate of `new_message`
 * (a saturating run; delivered events over the time until the last arrived), then HTTP 201 →
 * `new_message` latency at half of that rate.
 */
export async function benchEndToEnd(stack: Stack, admin: TenantAdmin, durationS: number) {
  const ids: string[] = [];
  for (let i = 0; i < TICKETS; i++) {
    ids.push((await stack.call('POST', '/api/tickets', { token: admin.token, body: newTicket })).body.id);
  }
  await quiesce(stack);
  const [socket] = await connectMany(stack.baseUrl, 1, {
    readyEvent: 'authenticated',
    token: admin.token,
    timeoutMs: 30_000,
    label: 'e2e socket',
  });
  if (!socket) throw new Error('e2e socket did not authenticate');
  const received = new Map<string, number>();
  socket.on('new_message', (data: { messageId: string }) => received.set(data.messageId, now()));
  const deliveries = recordDeliveries([socket], 'new_message', () => undefined);

  // Saturation: as many message posts as 20 connections sustain.
  let i = 0;
  const t0 = now();
  const load = await runHttpLoad({
    label: 'message post (saturation)',
    url: `${stack.baseUrl}/api/tickets/${ids[0]}/messages`,
    method: 'POST',
    token: admin.token,
    body: { body: 'Have you tried turning it off and on again?' },
    path: () => `/api/tickets/${ids[i++ % ids.length]}/messages`,
    connections: 20,
    durationS,
  });
  const postedEnd = now();
  const last = await deliveries.settle(load.ok, 60_000);
  const delivered = deliveries.count();
  const sustainable = {
    postsPerSec: load.reqPerSec,
    delivered,
    posted: load.ok,
    eventsPerSec: perSecond(delivered, last - t0),
    /** How far delivery trailed the last post: a lag that grew during the run. */
    drainMs: Math.round(Math.max(0, last - postedEnd)),
  };
  log(
    `  sustainable: ${sustainable.eventsPerSec} events/s, drained ${sustainable.drainMs} ms after the last post`,
  );
  deliveries.stop();
  await quiesce(stack);

  // Latency at half the sustainable rate, open loop.
  const ratePerSec = Math.max(1, Math.round(sustainable.eventsPerSec / 2));
  const answered = new Map<string, number>();
  let errors = 0;
  const pending: Promise<void>[] = [];
  await paced(ratePerSec, durationS * 1000, (n) => {
    const post = stack.call('POST', `/api/tickets/${ids[n % ids.length]}/messages`, {
      token: admin.token,
      body: { body: `latency probe ${n}` },
    });
    pending.push(
      post.then(
        (res) => {
          if (res.status === 201) answered.set(res.body.id, now());
          else errors++;
        },
        () => void errors++,
      ),
    );
  });
  await Promise.all(pending);
  const deadline = Date.now() + 30_000;
  while ([...answered.keys()].some((id) => !received.has(id)) && Date.now() < deadline) await sleep(50);
  const latencies = [...answered].map(([id, at]) => Math.max(0, (received.get(id) ?? Number.NaN) - at));
  const lost = latencies.filter(Number.isNaN).length;
  socket.close();
  return {
    sustainable,
    latency: {
      offeredPerSec: ratePerSec,
      errors,
      lost,
      latencyMs: summarize(latencies.filter((l) => !Number.isNaN(l))),
    },
  };
}
