import type { Ticket } from '@switchboard/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { Badge, QueryState } from '../../components/ui.js';
import { mayReply } from '../../lib/transitions.js';
import type { ThreadMessage } from '../../realtime/cache-reducers.js';
import { useTicketRoom } from '../../realtime/socket-context.js';
import { useNames } from '../agents/api.js';
import { AiChips } from '../ai/AiChips.js';
import { CustomerPanel } from '../customers/CustomerPanel.js';
import { MacrosMenu } from '../macros/MacrosMenu.js';
import { TicketMerge } from '../merge/TicketMerge.js';
import { TagEditor } from '../tags/TagEditor.js';
import { ViewersStrip } from '../viewers/ViewersStrip.js';
import { AskForHelp } from './AskForHelp.js';
import { AssignControl } from './AssignControl.js';
import { type HistoryEntry, useHistory, useMarkRead, useMessages, useTicket } from './api.js';
import { Composer } from './Composer.js';
import { EarlierMessages } from './EarlierMessages.js';
import { StatusActions } from './StatusActions.js';
import { Thread } from './Thread.js';
import { TicketNumber } from './TicketNumber.js';
import { TypingIndicator } from './TypingIndicator.js';

type Approval = { state: 'requested' | 'approved' } | { state: 'rejected'; reason: string } | null;

/**
 * Where the ticket's resolution request stands, from its status and latest status move (both
 * refreshed by the ticket events): waiting, approved, or rejected with the supervisor's reason.
 */
function approvalOf(status: Ticket['status'], history: HistoryEntry[] | undefined): Approval {
  if (status === 'RESOLUTION_REQUESTED') return { state: 'requested' };
  const last = [...(history ?? [])].reverse().find((h) => h.action === 'status_changed');
  const c = last?.changes as { from?: string; to?: string; reason?: string } | null | undefined;
  if (c?.from !== 'RESOLUTION_REQUESTED' || c.to !== status) return null;
  if (status === 'RESOLVED') return { state: 'approved' };
  return status === 'IN_PROGRESS' ? { state: 'rejected', reason: c.reason ?? '' } : null;
}

const settled = (status: Ticket['status']) => status === 'RESOLVED' || status === 'CLOSED';

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
  const { t: tr } = useTranslation('tickets');
  const me = useMe();
  const ticket = useTicket(ticketId);
  const messages = useMessages(ticketId);
  const history = useHistory(ticketId);
  const names = useNames();
  const inRoom = useTicketRoom(ticketId);
  useReadReceipts(ticketId, messages.data?.data, me.id);
  const t = ticket.data;
  const actor = { id: me.id, role: me.role };
  const approval = t ? approvalOf(t.status, history.data?.data) : null;

  return (
    <QueryState query={ticket}>
      {t && (
        <article
          className="ticket-view"
          aria-labelledby="ticket-title"
          data-room={inRoom ? 'joined' : 'pending'}
        >
          <header className="ticket-head">
            <h2 id="ticket-title">
              <TicketNumber number={t.number} /> {t.subject}
            </h2>
            <div className="ticket-meta">
              <Badge tone={`status-${t.status}`}>
                <span data-testid="ticket-status">{tr(`status.${t.status}`)}</span>
              </Badge>
              <Badge tone={t.priority}>{tr(`priority.${t.priority}`)}</Badge>
              {t.requiresApproval && !settled(t.status) && (
                <Badge tone="muted">{tr('view.needsApproval')}</Badge>
              )}
              {approval && approval.state !== 'rejected' && (
                <Badge
                  tone={approval.state === 'approved' ? 'status-RESOLVED' : 'status-RESOLUTION_REQUESTED'}
                >
                  <span data-testid="approval">{tr(`view.approval.${approval.state}`)}</span>
                </Badge>
              )}
              <span>
                {t.customer?.name ?? tr('internal')}
                {t.customer?.email ? ` · ${t.customer.email}` : ''}
              </span>
              <span>{tr('view.assignee', { name: names(t.assigneeId) })}</span>
            </div>
            <AiChips ticket={t} canCorrect={mayReply(t, actor)} />
            <ViewersStrip ticketId={t.id} />
            {approval?.state === 'rejected' && (
              <p className="rejection" role="status" data-testid="approval">
                {tr('view.approval.rejected')} <strong>{approval.reason}</strong>
              </p>
            )}
            <TagEditor ticket={t} editable={me.role !== 'viewer'} />
            <div className="ticket-actions">
              <StatusActions ticket={t} actor={actor} />
              <AssignControl ticket={t} actor={actor} />
              {me.role === 'agent' && t.assigneeId === me.id && <AskForHelp ticketId={t.id} />}
              {me.role !== 'viewer' && <MacrosMenu ticketId={t.id} />}
              <TicketMerge ticket={t} />
            </div>
          </header>
          <CustomerPanel ticket={t} />
          {t.description && t.description !== messages.data?.data[0]?.body && (
            <p className="description">{t.description}</p>
          )}
          <QueryState query={messages}>
            <EarlierMessages ticketId={t.id} page={messages.data} />
            <Thread ticketId={t.id} messages={messages.data?.data ?? []} meId={me.id} />
          </QueryState>
          <TypingIndicator ticketId={t.id} />
          {mayReply(t, actor) && <Composer ticketId={t.id} />}
        </article>
      )}
    </QueryState>
  );
}
