import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import {
  type Envelope,
  type EventContext,
  type EventData,
  invalidInput,
  notFoundError,
  uuidv7,
} from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import {
  type Audience,
  ackCounts,
  acknowledge,
  activeMembersAmong,
  audienceMembers,
  type BroadcastRow,
  insertBroadcast,
  listReceivedBroadcasts,
  listTenantBroadcasts,
} from '../data/broadcasts.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import type { PresenceDeps } from '../deps.js';

const staff = new Set(['admin', 'supervisor']);
const window = (p: Pagination) => ({ limit: p.limit, offset: offsetOf(p) });

const viewOf = (b: BroadcastRow) => ({
  id: b.id,
  senderId: b.senderId,
  message: b.message,
  audience: { type: b.audienceType, value: b.audienceValue ?? null },
  sentAt: b.sentAt.toISOString(),
});

type BroadcastInput = {
  message: string;
  audience: { type: Audience['type']; value?: Audience['value'] | undefined };
};

/** POST /api/broadcasts: the caller sends a broadcast. */
export const sendBroadcast = (deps: PresenceDeps, caller: Caller, input: BroadcastInput) =>
  deps.db.transaction((tx) => broadcastIn(tx, caller, caller.userId, input));

/** A NOTIFICATION job's broadcast (broadcast.requested): sent for its requester, once per event. */
export const sendRequestedBroadcast = (
  tx: Tx,
  event: Envelope<EventData<'broadcast.requested'>>,
  origin: EventContext,
) => broadcastIn(tx, origin, event.data.requesterId, event.data);

/**
 * Sends a broadcast in `tx`: the audience is resolved to the tenant's users now (who receives it,
 * who may acknowledge it); listed agents must all be active users of the tenant.
 */
async function broadcastIn(tx: Tx, origin: EventContext, senderId: string, input: BroadcastInput) {
  const { tenantId } = origin;
  const audience: Audience = {
    type: input.audience.type,
    value: input.audience.type === 'all' ? null : (input.audience.value ?? null),
  };
  if (audience.type === 'agents' && Array.isArray(audience.value)) {
    const ids = [...new Set(audience.value)];
    const known = await activeMembersAmong(tx, tenantId, ids);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw invalidInput(
        unknown.map((id) => ({ field: 'audience.value', message: `${id} is not an agent of this tenant` })),
      );
    }
    audience.value = ids;
  }
  const recipients = await audienceMembers(tx, tenantId, audience, senderId);
  const row: BroadcastRow = {
    id: uuidv7(),
    tenantId,
    senderId,
    message: input.message,
    audienceType: audience.type,
    audienceValue: audience.value,
    sentAt: now(),
  };
  await insertBroadcast(tx, row, recipients);
  const view = viewOf(row);
  await recordEvent(tx, origin, 'broadcast.sent', {
    broadcastId: view.id,
    senderId: view.senderId,
    message: view.message,
    audience: view.audience,
    sentAt: view.sentAt,
  });
  return { ...view, recipientCount: recipients.length, acknowledgedCount: 0 };
}

/** GET /api/broadcasts: staff see the tenant's with ack counts; others what was addressed to them. */
export async function listBroadcasts(deps: PresenceDeps, caller: Caller, page: Pagination) {
  if (staff.has(caller.role)) {
    const { rows, total } = await listTenantBroadcasts(deps.db, caller.tenantId, window(page));
    return toPage(
      rows.map((r) => ({
        ...viewOf(r.broadcast),
        recipientCount: r.recipientCount,
        acknowledgedCount: r.acknowledgedCount,
      })),
      total,
      page,
    );
  }
  const { rows, total } = await listReceivedBroadcasts(deps.db, caller.tenantId, caller.userId, window(page));
  return toPage(
    rows.map((r) => ({ ...viewOf(r.broadcast), acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null })),
    total,
    page,
  );
}

/**
 * POST /api/broadcasts/:id/ack: a recipient acknowledges; again is a no-op keeping the first time.
 * The first one publishes broadcast.acknowledged with the new count, so the sender's list moves live.
 */
export async function acknowledgeBroadcast(deps: PresenceDeps, caller: Caller, broadcastId: string) {
  return deps.db.transaction(async (tx) => {
    const ack = await acknowledge(tx, caller.tenantId, broadcastId, caller.userId, now());
    if (!ack) throw notFoundError('Broadcast');
    const acknowledgedAt = ack.acknowledgedAt.toISOString();
    if (ack.first) {
      const counts = await ackCounts(tx, caller.tenantId, broadcastId);
      await recordEvent(tx, caller, 'broadcast.acknowledged', {
        broadcastId,
        agentId: caller.userId,
        acknowledgedAt,
        ...counts,
      });
    }
    return { broadcastId, agentId: caller.userId, acknowledgedAt };
  });
}
