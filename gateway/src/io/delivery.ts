import type { ResumeRequest, ResumeResult, StreamEventName } from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import type { StreamHead, StreamRecord, TenantStreams } from '../relays/tenant-stream.js';
import type { GatewaySocket } from './socket-types.js';

/**
 * Whether this process's Redis adapter is subscribed: while it is not, records other gateways
 * publish never arrive here (Redis pub/sub keeps nothing for later). adapter-recovery.ts keeps it.
 */
export type Subscription = { up: boolean };

/** What delivery needs besides the socket: the streams to read gaps from, metrics, the subscription. */
export type DeliveryContext = {
  streams: TenantStreams;
  metrics: Metrics;
  subscription: Subscription;
  logger: Logger;
};

/**
 * A socket's place in its tenant's stream. While `syncing` (at authentication, during a resume or
 * a catch-up) live records are held back, so a stream read and the live flow meet with no hole
 * and no duplicate: the read covers everything up to the stream's head, the buffer everything
 * after. `held` is the same while the subscription is down, waiting for it to come back.
 */
export type Delivery = {
  phase: 'syncing' | 'held' | 'live';
  tenantId: string;
  epoch: string;
  /** Head of the stream when this socket went live: older records reach it only by replay. */
  liveFrom: number;
  /** Highest seq sent to this socket (or skipped as not for its rooms). */
  lastSeq: number;
  buffer: StreamRecord[];
  /** The subscription dropped since the last stream read: read again before going live. */
  catchingUp: boolean;
};

export type DeliverySocket = GatewaySocket & { data: { delivery?: Delivery } };

// `type` is the domain event's, unless the data has its own (a job's EXCEL_EXPORT on job_update).
const payloadOf = (r: StreamRecord) => ({
  type: r.type,
  ...r.data,
  eventId: r.eventId,
  occurredAt: r.occurredAt,
  seq: r.seq,
  epoch: r.epoch,
});

/** Anything that emits server events: a socket, or a broadcast to many. */
type Emitter = { emit: (...args: never) => unknown };

/**
 * Sends a record as its socket event. Its name and data were paired by type when it was made
 * (client-events.ts); read back from the stream as JSON, the compiler no longer sees the pair.
 */
export function emitRecord(to: Emitter, r: StreamRecord): void {
  (to.emit as (name: StreamEventName, payload: object) => unknown)(r.name, payloadOf(r));
}

const isFor = (socket: GatewaySocket, r: StreamRecord) => r.rooms.some((room) => socket.rooms.has(room));

/** Whether `r` is new to the socket (a redelivered domain event keeps its seq); if so, it counts as sent. */
function claim(d: Delivery, r: StreamRecord): boolean {
  if (r.seq <= d.lastSeq) return false;
  d.lastSeq = r.seq;
  return true;
}

/** Sends `r` unless this socket already had it. */
function sendIfNew(socket: DeliverySocket, r: StreamRecord, metrics: Metrics): void {
  const d = socket.data.delivery;
  if (!d || !claim(d, r)) return;
  emitRecord(socket, r);
  metrics.delivered.inc();
}

/** Sends the same record to sockets by id, encoding it once (Socket.IO's local broadcast). */
export type SendToMany = (socketIds: string[], r: StreamRecord) => void;

/**
 * A live record to the sockets in its rooms: those syncing or held buffer it, those that had it
 * skip it, and the rest get it in one broadcast, so it is encoded once rather than per socket.
 */
export function deliverLive(
  sockets: DeliverySocket[],
  r: StreamRecord,
  metrics: Metrics,
  send: SendToMany,
): void {
  const due: string[] = [];
  for (const socket of sockets) {
    const d = socket.data.delivery;
    if (!d) continue;
    if (d.phase !== 'live') d.buffer.push(r);
    else if (claim(d, r)) due.push(socket.id);
  }
  if (due.length === 0) return;
  send(due, r);
  metrics.delivered.inc(due.length);
}

/**
 * Ends a stream read: catches up from the stream for as long as the subscription dropped
 * meanwhile, then sends the held-back records and goes live. While the subscription is down the
 * socket stays `held`; adapter-recovery.ts calls this again once it is back.
 */
async function goLive(socket: DeliverySocket, ctx: DeliveryContext): Promise<void> {
  const d = socket.data.delivery;
  if (!d) return;
  d.phase = 'syncing';
  try {
    while (d.catchingUp && ctx.subscription.up) {
      d.catchingUp = false;
      await readGap(socket, d, ctx);
    }
  } catch (err) {
    // Redis answered the subscriber but not this read: try again shortly rather than go live with a hole.
    ctx.logger.warn({ err, socketId: socket.id }, 'socket catch-up from the stream failed; retrying');
    d.catchingUp = true;
    d.phase = 'held';
    setTimeout(() => void releaseHeld(socket, ctx), 1_000).unref();
    return;
  }
  if (d.catchingUp) {
    d.phase = 'held';
    return;
  }
  const held = d.buffer;
  d.buffer = [];
  d.phase = 'live';
  for (const r of held) if (r.epoch === d.epoch) sendIfNew(socket, r, ctx.metrics);
}

/** Catches a held socket up (once the subscription is back); the others are live or reading. */
export async function releaseHeld(socket: DeliverySocket, ctx: DeliveryContext): Promise<void> {
  if (socket.data.delivery?.phase === 'held' && socket.connected) await goLive(socket, ctx);
}

/** Sends what the stream holds after the socket's last seq, for its rooms and in order. */
async function readGap(socket: DeliverySocket, d: Delivery, { streams, metrics }: DeliveryContext) {
  const head = await streams.head(d.tenantId);
  if (head.epoch !== d.epoch) return; // a lost stream: the socket's next resume says so
  for (const r of await streams.after(d.tenantId, d.lastSeq, d.epoch)) {
    if (isFor(socket, r)) sendIfNew(socket, r, metrics);
  }
}

/**
 * From authentication on, the socket receives every record after the current head. With
 * `resumeNext` it stays held back, so the resume that follows replays before anything live.
 */
export async function startDelivery(
  socket: DeliverySocket,
  ctx: DeliveryContext,
  tenantId: string,
  resumeNext = false,
) {
  socket.data.delivery = {
    phase: 'syncing',
    tenantId,
    epoch: '',
    liveFrom: 0,
    lastSeq: 0,
    buffer: [],
    catchingUp: !ctx.subscription.up,
  };
  const head = await ctx.streams.head(tenantId);
  Object.assign(socket.data.delivery, { epoch: head.epoch, liveFrom: head.seq, lastSeq: head.seq });
  if (!resumeNext) await goLive(socket, ctx);
  return head;
}

/**
 * The subscription dropped: every socket is held back (a live one at once, one in the middle of a
 * stream read when that read ends), and reads the stream again once it is back.
 */
export function holdBack(socket: DeliverySocket): void {
  const d = socket.data.delivery;
  if (!d) return;
  d.catchingUp = true;
  if (d.phase === 'live') d.phase = 'held';
}

/**
 * Replays what the socket missed after `lastSeq` (docs/api.md §6), then goes live. Not recoverable
 * when the epoch changed, `lastSeq` is ahead of the stream, or the gap was trimmed away.
 */
export async function resumeDelivery(
  socket: DeliverySocket,
  ctx: DeliveryContext,
  request: ResumeRequest,
): Promise<ResumeResult> {
  const d = socket.data.delivery;
  if (!d) throw new Error('resume before authentication');
  d.phase = 'syncing';
  let result: ResumeResult = { recovered: false, epoch: d.epoch, seq: d.lastSeq };
  try {
    result = await replayGap(socket, d, ctx.streams, request);
    if (result.recovered) ctx.metrics.replayed.inc(result.replayed);
    return result;
  } finally {
    // `resumed` comes after the replayed events and before the held-back live ones.
    socket.emit('resumed', result);
    await goLive(socket, ctx);
  }
}

async function replayGap(
  socket: DeliverySocket,
  d: Delivery,
  streams: TenantStreams,
  request: ResumeRequest,
): Promise<ResumeResult> {
  const head: StreamHead = await streams.head(d.tenantId);
  const gap =
    request.epoch === head.epoch && request.lastSeq <= head.seq
      ? await streams.after(d.tenantId, request.lastSeq, head.epoch)
      : null;
  const complete = gap !== null && (request.lastSeq === head.seq || gap[0]?.seq === request.lastSeq + 1);
  if (!gap || !complete) return { recovered: false, epoch: head.epoch, seq: head.seq };
  let replayed = 0;
  for (const r of gap) {
    // Records past liveFrom up to lastSeq were already sent live since authentication.
    const alreadySent = r.seq > d.liveFrom && r.seq <= d.lastSeq;
    if (!alreadySent && isFor(socket, r)) {
      emitRecord(socket, r);
      replayed++;
    }
    d.lastSeq = Math.max(d.lastSeq, r.seq);
  }
  return { recovered: true, replayed };
}
