import type { Socket } from 'socket.io';
import type { Metrics } from '../metrics.js';
import type { StreamHead, StreamRecord, TenantStreams } from '../relays/tenant-stream.js';

/**
 * A socket's place in its tenant's stream. While `syncing` (at authentication and during a
 * resume) live records are held back, so a replay and the live flow meet with no hole and no
 * duplicate: the replay covers everything up to the stream's head, the buffer everything after.
 */
export type Delivery = {
  phase: 'syncing' | 'live';
  epoch: string;
  /** Head of the stream when this socket went live: older records reach it only by replay. */
  liveFrom: number;
  /** Highest seq sent to this socket (or skipped as not for its rooms). */
  lastSeq: number;
  buffer: StreamRecord[];
  /** Held back because the adapter lost its subscription: catchUp() reads the gap from the stream. */
  catchingUp?: boolean;
};

export type DeliverySocket = Socket & { data: { delivery?: Delivery } };

const payloadOf = (r: StreamRecord) => ({
  ...r.data,
  eventId: r.eventId,
  type: r.type,
  occurredAt: r.occurredAt,
  seq: r.seq,
  epoch: r.epoch,
});

const isFor = (socket: Socket, r: StreamRecord) => r.rooms.some((room) => socket.rooms.has(room));

/** Sends `r` unless this socket already had it (a redelivered domain event keeps its seq). */
function sendIfNew(socket: DeliverySocket, r: StreamRecord, metrics: Metrics): void {
  const d = socket.data.delivery;
  if (!d || r.seq <= d.lastSeq) return;
  d.lastSeq = r.seq;
  socket.emit(r.name, payloadOf(r));
  metrics.delivered.inc();
}

export function deliverLive(socket: DeliverySocket, r: StreamRecord, metrics: Metrics): void {
  const d = socket.data.delivery;
  if (!d) return;
  if (d.phase === 'syncing') d.buffer.push(r);
  else sendIfNew(socket, r, metrics);
}

function goLive(socket: DeliverySocket, metrics: Metrics): void {
  const d = socket.data.delivery;
  if (!d) return;
  const held = d.buffer;
  d.buffer = [];
  d.phase = 'live';
  for (const r of held) if (r.epoch === d.epoch) sendIfNew(socket, r, metrics);
}

/**
 * From authentication on, the socket receives every record after the current head. With
 * `resumeNext` it stays held back, so the resume that follows replays before anything live.
 */
export async function startDelivery(
  socket: DeliverySocket,
  streams: TenantStreams,
  tenantId: string,
  metrics: Metrics,
  resumeNext = false,
) {
  socket.data.delivery = { phase: 'syncing', epoch: '', liveFrom: 0, lastSeq: 0, buffer: [] };
  const head = await streams.head(tenantId);
  Object.assign(socket.data.delivery, { epoch: head.epoch, liveFrom: head.seq, lastSeq: head.seq });
  if (!resumeNext) goLive(socket, metrics);
  return head;
}

/**
 * Holds a live socket's records back: this process's adapter subscription is gone, so records
 * other gateways publish meanwhile never arrive here (Redis pub/sub keeps nothing for later).
 */
export function holdBack(socket: DeliverySocket): void {
  const d = socket.data.delivery;
  if (d?.phase !== 'live') return; // a socket still syncing reads the stream anyway
  d.phase = 'syncing';
  d.catchingUp = true;
}

/**
 * Once subscribed again: sends what the stream holds after the socket's last seq, for its rooms
 * and in order, then the records held back meanwhile (skipping those the stream already gave).
 */
export async function catchUp(
  socket: DeliverySocket,
  streams: TenantStreams,
  tenantId: string,
  metrics: Metrics,
): Promise<void> {
  const d = socket.data.delivery;
  if (!d?.catchingUp) return;
  d.catchingUp = false;
  try {
    const head = await streams.head(tenantId);
    if (head.epoch !== d.epoch) return; // a lost stream: the socket's next resume says so
    for (const r of await streams.after(tenantId, d.lastSeq, d.epoch)) {
      if (isFor(socket, r)) sendIfNew(socket, r, metrics);
    }
  } finally {
    goLive(socket, metrics);
  }
}

export type ResumeRequest = { epoch: string; lastSeq: number };
export type ResumeResult =
  | { recovered: true; replayed: number }
  | { recovered: false; epoch: string; seq: number };

/**
 * Replays what the socket missed after `lastSeq` (SPEC §6), then goes live. Not recoverable
 * when the epoch changed, `lastSeq` is ahead of the stream, or the gap was trimmed away.
 */
export async function resumeDelivery(
  socket: DeliverySocket,
  streams: TenantStreams,
  tenantId: string,
  request: ResumeRequest,
  metrics: Metrics,
): Promise<ResumeResult> {
  const d = socket.data.delivery;
  if (!d) throw new Error('resume before authentication');
  d.phase = 'syncing';
  let result: ResumeResult = { recovered: false, epoch: d.epoch, seq: d.lastSeq };
  try {
    result = await replayGap(socket, d, streams, tenantId, request);
    if (result.recovered) metrics.replayed.inc(result.replayed);
    return result;
  } finally {
    // `resumed` comes after the replayed events and before the held-back live ones.
    socket.emit('resumed', result);
    goLive(socket, metrics);
  }
}

async function replayGap(
  socket: DeliverySocket,
  d: Delivery,
  streams: TenantStreams,
  tenantId: string,
  request: ResumeRequest,
): Promise<ResumeResult> {
  const head: StreamHead = await streams.head(tenantId);
  const gap =
    request.epoch === head.epoch && request.lastSeq <= head.seq
      ? await streams.after(tenantId, request.lastSeq, head.epoch)
      : null;
  const complete = gap !== null && (request.lastSeq === head.seq || gap[0]?.seq === request.lastSeq + 1);
  if (!gap || !complete) return { recovered: false, epoch: head.epoch, seq: head.seq };
  let replayed = 0;
  for (const r of gap) {
    // Records past liveFrom up to lastSeq were already sent live since authentication.
    const alreadySent = r.seq > d.liveFrom && r.seq <= d.lastSeq;
    if (!alreadySent && isFor(socket, r)) {
      socket.emit(r.name, payloadOf(r));
      replayed++;
    }
    d.lastSeq = Math.max(d.lastSeq, r.seq);
  }
  return { recovered: true, replayed };
}
