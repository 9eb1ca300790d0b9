import type { Role, StreamPayload } from '@switchboard/contracts';

/*
 * Which realtime events a person is told about (issue 16 "Notifications a person notices"), and
 * what their tab's title says. Pure: the hook feeds it the socket's events and the route.
 */

/** The stream events a notice can come from. */
export const noticeEvents = [
  'conversation_assigned',
  'new_message',
  'help_requested',
  'conversation_update',
  'notification',
] as const;
export type NoticeEventName = (typeof noticeEvents)[number];
export type NoticeEvent = { [N in NoticeEventName]: { name: N; payload: StreamPayload<N> } }[NoticeEventName];

export type NoticeKind = 'assigned' | 'customerReply' | 'helpRequested' | 'approvalRequested' | 'mention';

export type Notice = {
  /** The event's id: a replayed event is the same notice, not a second one. */
  id: string;
  kind: NoticeKind;
  /** What the notification says beside its title: the subject, the message, the request. */
  text: string;
  /** Where clicking it goes; being on any of `seenAt` counts as having looked. */
  href: string;
  seenAt: string[];
};

export type Me = { id: string; role: Role };

const manages = (role: Role) => role === 'supervisor' || role === 'admin';
/** Where a ticket opens for `me`: the agent portal, or the console queue. */
export const ticketPath = (me: Me, ticketId: string) =>
  me.role === 'agent' ? `/agent/tickets/${ticketId}` : `/console/queue/${ticketId}`;

/** The notice `event` brings `me`, or null: nobody is told of what they did themselves. */
export function noticeFor(event: NoticeEvent, me: Me): Notice | null {
  const at = (kind: NoticeKind, text: string, href: string, seenAt = [href]): Notice => ({
    id: event.payload.eventId,
    kind,
    text,
    href,
    seenAt,
  });
  switch (event.name) {
    case 'conversation_assigned': {
      const p = event.payload;
      if (p.assigneeId !== me.id || p.actorId === me.id) return null;
      return at('assigned', p.subject, ticketPath(me, p.ticketId));
    }
    case 'new_message': {
      const p = event.payload;
      if (p.authorType !== 'customer' || p.internal || p.ticketAssigneeId !== me.id) return null;
      return at('customerReply', p.body, ticketPath(me, p.ticketId));
    }
    case 'help_requested': {
      const p = event.payload;
      if (!manages(me.role) || p.requesterId === me.id) return null;
      return at('helpRequested', p.message, '/console/help');
    }
    case 'conversation_update': {
      const p = event.payload;
      // A new message's conversation_update (its last message) carries no status change.
      if (!manages(me.role) || !('to' in p) || p.to !== 'RESOLUTION_REQUESTED' || p.actorId === me.id)
        return null;
      return at('approvalRequested', p.subject, '/console/approvals', [
        '/console/approvals',
        ticketPath(me, p.ticketId),
      ]);
    }
    case 'notification': {
      // The inbox's mentions; its other types come with the events above already.
      const p = event.payload;
      if (p.type !== 'mention' || p.userId !== me.id || !p.ticketId) return null;
      return at('mention', p.body, ticketPath(me, p.ticketId));
    }
  }
}

/** The unread notices once one more arrives while the user is at `pathname`. */
export function withNotice(unread: Notice[], notice: Notice, pathname: string, looking: boolean): Notice[] {
  if (unread.some((n) => n.id === notice.id)) return unread;
  if (looking && notice.seenAt.includes(pathname)) return unread;
  return [...unread, notice];
}

/** The unread notices left once the user is looking at `pathname`. */
export const seenAt = (unread: Notice[], pathname: string) =>
  unread.filter((n) => !n.seenAt.includes(pathname));

/** "(3) Switchboard": the unread count ahead of the app's own title, nothing when none. */
export function titleWithCount(title: string, count: number): string {
  const bare = title.replace(/^\(\d+\+?\) /, '');
  if (count <= 0) return bare;
  return `(${count > 99 ? '99+' : count}) ${bare}`;
}
