import type { StreamEventName, StreamPayload, Ticket } from '@switchboard/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { TicketAi, TicketSentiment } from '../features/ai/api.js';
import type { Broadcast } from '../features/floor/api.js';
import type { Inbox } from '../features/inbox/api.js';
import { withNotification, withRead } from '../features/inbox/inbox-cache.js';
import type { PresenceEntry } from '../features/presence/api.js';
import type { Page } from '../lib/api.js';
import {
  classificationOf,
  draftOf,
  startReading,
  stopReading,
  withClassification,
  withDraft,
  withSentiment,
} from './ai-reducers.js';
import {
  ackBroadcast,
  appendMessage,
  applyPresence,
  markRead,
  markSla,
  newerTicket,
  patchTicketInPage,
  type SlaMark,
  setDelivery,
  type ThreadMessage,
  ticketOf,
} from './cache-reducers.js';
import { keys } from './query-keys.js';

type Payload = Record<string, unknown>;
type Effect = (qc: QueryClient, p: Payload) => void;

/**
 * Loads what an event changed again. A request already in flight may have been answered from
 * before the event, and invalidating alone would join it (TanStack Query never cancels a first
 * load for a refetch): then the new state would show only at the next event. So the refetch waits
 * for that request and follows it.
 */
function reload(qc: QueryClient, queryKey: readonly unknown[]): void {
  const inFlight =
    qc.isFetching({ queryKey }) > 0
      ? qc.refetchQueries({ queryKey }, { cancelRefetch: false })
      : Promise.resolve();
  void inFlight.then(() => qc.invalidateQueries({ queryKey }));
}

/** A ticket changed: the ticket itself at once, the lists patched and then refetched for membership. */
const onTicket: Effect = (qc, p) => {
  const ticket = ticketOf(p);
  if (!ticket) return;
  qc.setQueryData<Ticket>(keys.ticket(ticket.id), (cached) =>
    cached ? newerTicket(cached, ticket) : cached,
  );
  qc.setQueriesData<Page<Ticket>>({ queryKey: keys.tickets }, (page) => patchTicketInPage(page, ticket));
  reload(qc, keys.tickets);
  reload(qc, keys.history(ticket.id));
  reload(qc, keys.presence);
};

/** Updates a cached value; one still loading would be answered from before the event, so it loads again. */
function patch<T>(
  qc: QueryClient,
  queryKey: readonly unknown[],
  update: (cached: T | undefined) => T | undefined,
) {
  qc.setQueryData<T>(queryKey, update);
  if (qc.isFetching({ queryKey }) > 0) reload(qc, queryKey);
}

const onMessages =
  (reduce: (page: Page<ThreadMessage> | undefined, p: Payload) => Page<ThreadMessage> | undefined): Effect =>
  (qc, p) => {
    if (typeof p.ticketId !== 'string') return;
    patch<Page<ThreadMessage>>(qc, keys.messages(p.ticketId), (page) => reduce(page, p));
  };

/**
 * A ticket's AI state. One answered with nothing (ai-assist had not yet seen the ticket: 404) has
 * nothing to patch, so the ticket's first AI event fetches it instead of being lost.
 */
function patchAi(
  qc: QueryClient,
  ticketId: string,
  update: (ai: TicketAi | undefined) => TicketAi | undefined,
) {
  const queryKey = keys.ticketAi(ticketId);
  if (qc.getQueryData(queryKey) === null) reload(qc, queryKey);
  else patch<TicketAi>(qc, queryKey, update);
}

/** The ticket's chips, and the sentiment badge of every cached list that shows the ticket. */
const onClassification: Effect = (qc, p) => {
  const c = classificationOf(p);
  if (!c || typeof p.ticketId !== 'string') return;
  const ticketId = p.ticketId;
  patchAi(qc, ticketId, (ai) => withClassification(ai, c) ?? undefined);
  for (const [queryKey, list] of qc.getQueriesData<TicketSentiment[]>({ queryKey: keys.aiSentiments })) {
    const askedFor = (queryKey[2] ?? []) as string[];
    qc.setQueryData(queryKey, withSentiment(list, askedFor, ticketId, c));
  }
};

/** Sent only to the assignee's sockets; it waits in the ticket's AI state for the composer. */
const onDraft: Effect = (qc, p) => {
  const d = draftOf(p);
  if (!d || typeof p.ticketId !== 'string') return;
  patchAi(qc, p.ticketId, (ai) => withDraft(ai, d) ?? undefined);
};

const onReading =
  (reduce: typeof startReading): Effect =>
  (qc, p) =>
    qc.setQueryData<Record<string, string>>(keys.aiProcessing, (map) => reduce(map, p));

const onPresence: Effect = (qc, p) => {
  const next = applyPresence(qc.getQueryData<PresenceEntry[]>(keys.presence), p);
  if (next === null) reload(qc, keys.presence);
  else qc.setQueryData(keys.presence, next);
};

/** New tags on a ticket: the ticket as for any change, and the tenant's tag counts (filters, suggestions). */
const onTagsChanged: Effect = (qc, p) => {
  onTicket(qc, p);
  reload(qc, keys.tags);
};

/** A merge changed both tickets, their threads and trails: the source's tab shows where it went. */
const onMerged: Effect = (qc, p) => {
  for (const id of [p.sourceTicketId, p.targetTicketId]) {
    if (typeof id !== 'string') continue;
    for (const queryKey of [keys.ticket(id), keys.messages(id), keys.history(id)]) reload(qc, queryKey);
  }
  reload(qc, keys.tickets);
};

const onNewMessage: Effect = (qc, p) => {
  onMessages(appendMessage)(qc, p);
  reload(qc, keys.tickets);
};

const onSla =
  (level: SlaMark['level']): Effect =>
  (qc, p) => {
    qc.setQueryData<Record<string, SlaMark>>(keys.slaMarks, (marks) => markSla(marks, level, p));
    reload(qc, keys.breaches);
  };

/** The sender's broadcast lists (every page loaded) take the new acknowledgement count at once. */
const onAcknowledged: Effect = (qc, p) => {
  qc.setQueriesData<Page<Broadcast>>({ queryKey: keys.broadcasts }, (page) => ackBroadcast(page, p));
  // A list fetch in flight when the ack arrived would put the old count back: refetch after it.
  reload(qc, keys.broadcasts);
};

/** The bell's inbox takes a notification, or what was read, straight from the event. */
const onInbox =
  (next: (inbox: Inbox | undefined, p: Payload) => Inbox | undefined): Effect =>
  (qc, p) => {
    qc.setQueryData<Inbox>(keys.inbox, (inbox) => next(inbox, p));
  };

const invalidate =
  (...queryKeys: readonly (readonly string[])[]): Effect =>
  (qc) => {
    for (const queryKey of queryKeys) reload(qc, queryKey);
  };

/**
 * Each stream event of the socket contract and what it does to the caches (docs/web.md "Cache
 * feeding"). server-events.ts checks that no event the gateway sends is left out by mistake.
 */
export const effects = {
  ticket_created: onTicket,
  ticket_updated: onTicket,
  ticket_tags_changed: onTagsChanged,
  ticket_merged: onMerged,
  conversation_assigned: onTicket,
  conversation_unassigned: onTicket,
  conversation_update: onTicket,
  new_message: onNewMessage,
  status_update: onMessages(setDelivery),
  message_read: onMessages(markRead),
  agent_online: onPresence,
  agent_offline: onPresence,
  agent_status_change: onPresence,
  agent_created: invalidate(keys.agents, keys.presence),
  agent_updated: invalidate(keys.agents, keys.presence),
  agent_deleted: invalidate(keys.agents, keys.presence),
  sla_warning: onSla('warning'),
  sla_breached: onSla('breached'),
  sla_escalated: invalidate(keys.breaches, keys.tickets),
  broadcast: invalidate(keys.broadcasts),
  broadcast_acknowledged: onAcknowledged,
  help_requested: invalidate(keys.help),
  help_updated: invalidate(keys.help),
  // The thread's query sits under keys.help, so it refetches with the list.
  help_message: invalidate(keys.help),
  metrics_update: invalidate(keys.reports),
  job_update: invalidate(keys.jobs),
  ai_processing_started: onReading(startReading),
  ai_classification: onClassification,
  ai_draft: onDraft,
  ai_processing_completed: onReading(stopReading),
  notification: onInbox(withNotification),
  notifications_read: onInbox(withRead),
} satisfies { [N in StreamEventName]?: (qc: QueryClient, p: StreamPayload<N>) => void };

export function applyEvent(qc: QueryClient, name: string, payload: unknown): void {
  const effect: Effect | undefined = Object.hasOwn(effects, name)
    ? effects[name as keyof typeof effects]
    : undefined;
  if (effect && payload && typeof payload === 'object') effect(qc, payload as Payload);
}
