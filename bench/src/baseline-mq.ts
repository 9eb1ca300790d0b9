import { createTestVhost } from '@switchboard/testing';
import { type ConfirmChannel, connect } from 'amqplib';
import { log } from './machine.js';
import { paced } from './pace.js';
import { now, perSecond, type Summary, sleep, summarize } from './stats.js';

const PREFETCH = 200;
/** Publishes between waits for confirms in the max-throughput run. */
const CONFIRM_BATCH = 200;
const QUEUE = 'bench.q';

export type MqResult = {
  maxMsgPerSec: number;
  published: number;
  consumed: number;
  halfRate: { offeredPerSec: number; latencyMs: Summary };
};

/** B_mq: a confirm channel to a durable quorum queue, persistent messages, prefetch 200, on a scratch vhost. */
export async function benchMq(durationMs: number): Promise<MqResult> {
  const vhost = await createTestVhost('bench');
  const pubConn = await connect(vhost.url);
  const subConn = await connect(vhost.url);
  try {
    const pub: ConfirmChannel = await pubConn.createConfirmChannel();
    await pub.assertQueue(QUEUE, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    const sub = await subConn.createChannel();
    await sub.prefetch(PREFETCH);
    let consumed = 0;
    const latencies: number[] = [];
    let recording = false;
    await sub.consume(QUEUE, (msg) => {
      if (!msg) return;
      consumed++;
      if (recording) latencies.push(now() - Number(msg.properties.headers?.t));
      sub.ack(msg);
    });
    const send = () => pub.publish('', QUEUE, Buffer.alloc(512), { persistent: true, headers: { t: now() } });

    // Max throughput: confirmed batches as fast as the broker takes them; consumed messages count.
    const started = performance.now();
    const progress = setInterval(() => log(`  B_mq max: ${consumed} consumed`), 2000);
    let published = 0;
    while (performance.now() - started < durationMs) {
      for (let i = 0; i < CONFIRM_BATCH; i++) send();
      published += CONFIRM_BATCH;
      await pub.waitForConfirms();
    }
    const consumedInWindow = consumed;
    const elapsed = performance.now() - started;
    clearInterval(progress);
    const maxMsgPerSec = perSecond(consumedInWindow, elapsed);
    while (consumed < published) await sleep(50);

    // Latency at half of it: publish→consume, open loop.
    const offeredPerSec = Math.max(1, Math.round(maxMsgPerSec / 2));
    recording = true;
    const target = consumed + (await paced(offeredPerSec, durationMs, () => send()));
    await pub.waitForConfirms();
    const deadline = Date.now() + 30_000;
    while (consumed < target && Date.now() < deadline) await sleep(20);
    return {
      maxMsgPerSec,
      published,
      consumed: consumedInWindow,
      halfRate: { offeredPerSec, latencyMs: summarize(latencies) },
    };
  } finally {
    await pubConn.close().catch(() => undefined);
    await subConn.close().catch(() => undefined);
    await vhost.remove();
  }
}
