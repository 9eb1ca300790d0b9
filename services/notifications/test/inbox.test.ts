import { uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, startNotifications, ticketOf } from './support/notifications-harness.js';

let h: Awaited<ReturnType<typeof startNotifications>>;
beforeAll(async () => {
  h = await startNotifications();
});
afterAll(() => h?.stop());

const created = (ticket: ReturnType<typeof ticketOf>) =>
  h.ticketEvent('ticket.created', { ...ticket, ticketId: ticket.id }, ticket.tenantId);

async function teamOf(tenantId = uuidv7()) {
  const [author, mentioned, other, supervisor] = await Promise.all([
    h.member(tenantId, 'agent'),
    h.member(tenantId, 'agent'),
    h.member(tenantId, 'agent'),
    h.member(tenantId, 'supervisor'),
  ]);
  return { tenantId, author, mentioned, other, supervisor };
}

const count = async (as: Member) => (await h.inbox(as)).meta.unreadCount as number;

describe('mentions in internal notes', () => {
  it('notifies the mentioned colleague once, and nobody else', async () => {
    const t = await teamOf();
    const stranger = await h.member(uuidv7(), 'agent');
    const ticket = ticketOf(t.tenantId, null);
    const note = h.note(
      ticket,
      t.author,
      `@${t.mentioned.username.toUpperCase()} and @${stranger.username}, see this`,
    );
    await h.publish([created(ticket), note]);
    await h.publish([note]); // a redelivery notifies nobody twice

    const inbox = await h.inbox(t.mentioned);
    expect(inbox.data).toEqual([
      expect.objectContaining({ type: 'mention', ticketId: ticket.id, title: 'Charged twice', readAt: null }),
    ]);
    expect(inbox.data[0].body).toContain('see this');
    expect(inbox.meta).toMatchObject({ total: 1, unreadCount: 1 });
    expect(await count(stranger)).toBe(0);
    expect(await count(t.author)).toBe(0);
    const events = (await h.recorded(t.tenantId)).filter((e) => e.type === 'notification.created');
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({
        userId: t.mentioned.userId,
        notificationId: inbox.data[0].id,
        unreadCount: 1,
      }),
    ]);
  });

  it("does not notify an agent who may not read the ticket (a colleague's), but a supervisor", async () => {
    const t = await teamOf();
    const ticket = ticketOf(t.tenantId, t.author.userId);
    await h.publish([
      created(ticket),
      h.note(ticket, t.author, `@${t.other.username} @${t.supervisor.username}`),
    ]);
    expect(await count(t.other)).toBe(0);
    expect(await count(t.supervisor)).toBe(1);
  });

  it('does not notify a deactivated user, and a public reply mentions nobody', async () => {
    const t = await teamOf();
    const ticket = ticketOf(t.tenantId, null);
    const gone = h.ticketEvent(
      'user.deactivated',
      { userId: t.other.userId, deactivatedAt: new Date().toISOString() },
      t.tenantId,
    );
    const reply = { ...h.note(ticket, t.author, `@${t.mentioned.username}`) };
    reply.data = { ...reply.data, internal: false };
    await h.publish([created(ticket), gone, h.note(ticket, t.author, `@${t.other.username}`), reply]);
    expect(await count(t.other)).toBe(0);
    expect(await count(t.mentioned)).toBe(0);
  });
});

describe('what else reaches the inbox', () => {
  it('a ticket given to an agent, a customer reply on it, an SLA breach and an answered help request', async () => {
    const t = await teamOf();
    const ticket = ticketOf(t.tenantId, t.mentioned.userId);
    const assigned = {
      ...ticket,
      ticketId: ticket.id,
      previousAssigneeId: null,
      actorId: t.supervisor.userId,
    };
    const sla = {
      ticketId: ticket.id,
      target: 'first_response',
      priority: 'medium',
      assigneeId: t.mentioned.userId,
      subject: ticket.subject,
      clockStartedAt: ticket.createdAt,
      crossedAt: new Date().toISOString(),
      targetMinutes: 60,
    };
    const help = {
      helpRequestId: uuidv7(),
      requesterId: t.mentioned.userId,
      status: 'accepted',
      actorId: t.supervisor.userId,
      ticketId: ticket.id,
      at: new Date().toISOString(),
    };
    await h.publish([
      created(ticket),
      h.ticketEvent('ticket.assigned', assigned, t.tenantId),
      h.customerMessage(ticket, 'Any news?'),
      h.ticketEvent('sla.breached', sla, t.tenantId),
      h.ticketEvent('help.updated', help, t.tenantId),
    ]);
    const types = (await h.inbox(t.mentioned)).data.map((n: { type: string }) => n.type).sort();
    expect(types).toEqual(['assigned', 'customer_replied', 'help_answered', 'sla_breached']);
    expect(await count(t.supervisor)).toBe(0);
  });
});

describe('reading the inbox', () => {
  it('marks one read, then all; only unread ones are listed with ?unread=true', async () => {
    const t = await teamOf();
    const ticket = ticketOf(t.tenantId, null);
    await h.publish([
      created(ticket),
      h.note(ticket, t.author, `@${t.mentioned.username} one`),
      h.note(ticket, t.author, `@${t.mentioned.username} two`),
      h.note(ticket, t.author, `@${t.mentioned.username} three`),
    ]);
    const [first] = (await h.inbox(t.mentioned)).data;
    const read = await h.call('POST', `/api/notifications/${first.id}/read`, { as: t.mentioned });
    expect(read.status).toBe(200);
    expect(read.body.data.readAt).not.toBeNull();
    expect(read.body.meta.unreadCount).toBe(2);
    const unread = await h.inbox(t.mentioned, '?unread=true&limit=1');
    expect(unread.meta).toMatchObject({ total: 2, totalPages: 2, unreadCount: 2 });
    expect(unread.data[0].id).not.toBe(first.id);

    const all = await h.call('POST', '/api/notifications/read-all', { as: t.mentioned });
    expect(all.body).toEqual({ data: { read: 2 }, meta: { unreadCount: 0 } });
    expect((await h.inbox(t.mentioned, '?unread=true')).data).toEqual([]);
    const reads = (await h.recorded(t.tenantId)).filter((e) => e.type === 'notifications.read');
    expect(reads.map((e) => e.data.unreadCount)).toEqual([2, 0]);
  });

  it("answers 404 for another's notification, of the tenant or another, and changes nothing", async () => {
    const t = await teamOf();
    const outsider = await h.member(uuidv7(), 'admin');
    const ticket = ticketOf(t.tenantId, null);
    await h.publish([created(ticket), h.note(ticket, t.author, `@${t.mentioned.username}`)]);
    const [mine] = (await h.inbox(t.mentioned)).data;
    for (const as of [t.other, t.supervisor, outsider]) {
      expect((await h.call('POST', `/api/notifications/${mine.id}/read`, { as })).status).toBe(404);
      expect((await h.call('POST', '/api/notifications/read-all', { as })).body.data.read).toBe(0);
    }
    expect(await count(t.mentioned)).toBe(1);
  });

  it('refuses a bad id or filter with 400, and a missing token with 401', async () => {
    const t = await teamOf();
    expect((await h.call('POST', '/api/notifications/nope/read', { as: t.author })).status).toBe(400);
    expect((await h.call('GET', '/api/notifications?unread=maybe', { as: t.author })).status).toBe(400);
    expect((await h.call('GET', '/api/notifications?limit=500', { as: t.author })).status).toBe(400);
    expect((await h.call('GET', '/api/notifications')).status).toBe(401);
  });
});
