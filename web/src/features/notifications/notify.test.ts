import { describe, expect, it } from 'vitest';
import {
  type Me,
  type Notice,
  type NoticeEvent,
  noticeFor,
  seenAt,
  titleWithCount,
  withNotice,
} from './notify.js';

const agent: Me = { id: 'agent-1', role: 'agent' };
const supervisor: Me = { id: 'sup-1', role: 'supervisor' };
const viewer: Me = { id: 'viewer-1', role: 'viewer' };

// Only the fields the decision reads; the rest of a stream payload does not change it.
const event = (name: NoticeEvent['name'], payload: Record<string, unknown>) =>
  ({
    name,
    payload: { eventId: `e-${name}`, ticketId: 't-1', subject: 'Refund', ...payload },
  }) as NoticeEvent;

const assigned = (assigneeId: string, actorId: string | null) =>
  event('conversation_assigned', { assigneeId, actorId });
const message = (extra: Record<string, unknown>) =>
  event('new_message', {
    authorType: 'customer',
    internal: false,
    ticketAssigneeId: 'agent-1',
    body: 'Any news?',
    ...extra,
  });
const help = (requesterId: string) => event('help_requested', { requesterId, message: 'Angry caller' });
const statusTo = (to: string, actorId = 'agent-1') => event('conversation_update', { to, actorId });

describe('who is told of what', () => {
  it('tells an agent of a ticket someone else assigned to them, linking to it', () => {
    expect(noticeFor(assigned('agent-1', 'sup-1'), agent)).toMatchObject({
      kind: 'assigned',
      text: 'Refund',
      href: '/agent/tickets/t-1',
    });
    expect(noticeFor(assigned('agent-1', null), agent)?.kind).toBe('assigned');
  });

  it('does not tell an agent of a ticket they took themselves, or one given to someone else', () => {
    expect(noticeFor(assigned('agent-1', 'agent-1'), agent)).toBeNull();
    expect(noticeFor(assigned('agent-2', 'sup-1'), agent)).toBeNull();
  });

  it('tells the assignee of a customer reply, and nobody of notes, agents’ replies or others’ tickets', () => {
    expect(noticeFor(message({}), agent)).toMatchObject({ kind: 'customerReply', text: 'Any news?' });
    expect(noticeFor(message({ internal: true }), agent)).toBeNull();
    expect(noticeFor(message({ authorType: 'agent' }), agent)).toBeNull();
    expect(noticeFor(message({ ticketAssigneeId: 'agent-2' }), agent)).toBeNull();
    expect(noticeFor(message({ ticketAssigneeId: null }), agent)).toBeNull();
  });

  it('tells supervisors and admins of help requests, not agents, viewers or the asker', () => {
    expect(noticeFor(help('agent-1'), supervisor)).toMatchObject({
      kind: 'helpRequested',
      text: 'Angry caller',
      href: '/console/help',
    });
    expect(noticeFor(help('agent-1'), { id: 'admin-1', role: 'admin' })?.kind).toBe('helpRequested');
    expect(noticeFor(help('agent-2'), agent)).toBeNull();
    expect(noticeFor(help('agent-1'), viewer)).toBeNull();
    expect(noticeFor(help('sup-1'), supervisor)).toBeNull();
  });

  it('tells supervisors of a resolution awaiting approval, seen on Approvals or on the ticket', () => {
    expect(noticeFor(statusTo('RESOLUTION_REQUESTED'), supervisor)).toMatchObject({
      kind: 'approvalRequested',
      href: '/console/approvals',
      seenAt: ['/console/approvals', '/console/queue/t-1'],
    });
    expect(noticeFor(statusTo('RESOLVED'), supervisor)).toBeNull();
    expect(noticeFor(statusTo('RESOLUTION_REQUESTED'), agent)).toBeNull();
    expect(noticeFor(statusTo('RESOLUTION_REQUESTED', 'sup-1'), supervisor)).toBeNull();
  });
});

describe('mentions from the inbox', () => {
  const mention = (userId: string, type = 'mention') =>
    event('notification', { type, userId, body: '@agent1 can you check?', title: 'Refund' });

  it('tells the mentioned user, linking to the ticket, and leaves other inbox types to their own events', () => {
    expect(noticeFor(mention('agent-1'), agent)).toMatchObject({
      kind: 'mention',
      text: '@agent1 can you check?',
      href: '/agent/tickets/t-1',
    });
    expect(noticeFor(mention('agent-1', 'assigned'), agent)).toBeNull();
    expect(noticeFor(mention('agent-2'), agent)).toBeNull();
  });
});

describe('the unread count', () => {
  const notice = (id: string, path: string): Notice => ({
    id,
    kind: 'assigned',
    text: id,
    href: path,
    seenAt: [path],
  });

  it('counts each notice once, even when the event is replayed after a reconnect', () => {
    const one = withNotice([], notice('a', '/agent/tickets/1'), '/agent', true);
    expect(withNotice(one, notice('a', '/agent/tickets/1'), '/agent', true)).toHaveLength(1);
    expect(withNotice(one, notice('b', '/agent/tickets/2'), '/agent', true)).toHaveLength(2);
  });

  it('does not count what the user is already looking at, unless the tab is in the background', () => {
    expect(withNotice([], notice('a', '/agent/tickets/1'), '/agent/tickets/1', true)).toEqual([]);
    expect(withNotice([], notice('a', '/agent/tickets/1'), '/agent/tickets/1', false)).toHaveLength(1);
  });

  it('drops a notice once the user opens what it is about, and only that one', () => {
    const unread = [notice('a', '/agent/tickets/1'), notice('b', '/agent/tickets/2')];
    expect(seenAt(unread, '/agent/tickets/1').map((n) => n.id)).toEqual(['b']);
    expect(seenAt(unread, '/agent')).toEqual(unread);
  });

  it('puts the count ahead of the title, and takes it away at zero', () => {
    expect(titleWithCount('Switchboard', 3)).toBe('(3) Switchboard');
    expect(titleWithCount('(3) Switchboard', 4)).toBe('(4) Switchboard');
    expect(titleWithCount('(4) Switchboard', 0)).toBe('Switchboard');
    expect(titleWithCount('Switchboard', 120)).toBe('(99+) Switchboard');
  });
});
