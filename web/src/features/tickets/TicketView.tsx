import { useEffect, useRef } from 'react';
import { useMe } from '../../app/auth-context.js';
import { Badge, QueryState } from '../../components/ui.js';
import { mayReply, statusLabel } from '../../lib/transitions.js';
import type { ThreadMessage } from '../../realtime/cache-reducers.js';
import { useTicketRoom } from '../../realtime/socket-context.js';
import { useNames } from '../agents/api.js';
import { AskForHelp } from './AskForHelp.js';
import { AssignControl } from './AssignControl.js';
import { type HistoryEntry, useHistory, useMarkRead, useMessages, useTicket } from './api.js';
import { Composer } from './Composer.js';
import { EarlierMessages } from './EarlierMessages.js';
import { StatusActions } from './StatusActions.js';
import { Thread } from './Thread.js';
import { TypingIndicator } from './TypingIndicator.js';

/** The latest rejection of a resolution request, so the agent sees why. */
function lastRejection(history: HistoryEntry[] | undefined) {
  const last = [...(history ?? [])].reverse().find((h) => h.action === 'status_changed');
  const c = last?.changes as { from?: string; to?: string; reason?: string } | null | undefined;
  return c?.from === 'RESOLUTION_REQUESTED' && c.to === 'IN_PROGRESS' ? c.reason : undefined;
}

/** Sends one read receipt for the newest customer message we have not yet acknowledged. */
function useReadReceipts(ticketId: string, messages: ThreadMessage[] | undefined, meId: string) {
  const markRead = useMarkRead(ticketId);
  const sent = useRef(new Set<string>());
  const latest = [...(messages ?? [])].reverse().find((m) => m.authorType === 'customer');
  const mutate = markRead.mutate;
  useEffect(() => {
    if (!latest || latest.readBy?.includes(meId) || sent.current.has(latest.id)) return;
    sent.current.add(latest.id);
    mutate(latest.id);
  }, [latest, meId, mutate]);
}

export function TicketView({ ticketId }: { ticketId: string }) {
  const me = useMe();
  const ticket = useTicket(ticketId);
  const messages = useMessages(ticketId);
  const history = useHistory(ticketId);
  const names = useNames();
  const inRoom = useTicketRoom(ticketId);
  useReadReceipts(ticketId, messages.data?.data, me.id);
  const t = ticket.data;
  const actor = { id: me.id, role: me.role };
  const rejection = t?.status === 'IN_PROGRESS' ? lastRejection(history.data?.data) : undefined;

  return (
    <QueryState query={ticket}>
      {t && (
        <article
          className="ticket-view"
          aria-labelledby="ticket-title"
          data-room={inRoom ? 'joined' : 'pending'}
        >
          <header className="ticket-head">
            <h2 id="ticket-title">{t.subject}</h2>
            <div className="ticket-meta">
              <Badge tone={`status-${t.status}`}>
                <span data-testid="ticket-status">{statusLabel[t.status]}</span>
              </Badge>
              <Badge tone={t.priority}>{t.priority}</Badge>
              {t.requiresApproval && <Badge tone="muted">needs approval</Badge>}
              <span>
                {t.customer?.name ?? 'Internal'}
                {t.customer?.email ? ` · ${t.customer.email}` : ''}
              </span>
              <span>Assignee: {names(t.assigneeId)}</span>
            </div>
            {rejection && (
              <p className="rejection" role="status">
                Resolution rejected: <strong>{rejection}</strong>
              </p>
            )}
            <div className="ticket-actions">
              <StatusActions ticket={t} actor={actor} />
              <AssignControl ticket={t} actor={actor} />
              {me.role === 'agent' && t.assigneeId === me.id && <AskForHelp ticketId={t.id} />}
            </div>
          </header>
          {t.description && t.description !== messages.data?.data[0]?.body && (
            <p className="description">{t.description}</p>
          )}
          <QueryState query={messages}>
            <EarlierMessages ticketId={t.id} page={messages.data} />
            <Thread messages={messages.data?.data ?? []} meId={me.id} />
          </QueryState>
          <TypingIndicator ticketId={t.id} />
          {mayReply(t, actor) && <Composer ticketId={t.id} />}
        </article>
      )}
    </QueryState>
  );
}
