import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNames } from '../agents/api.js';
import { useTicket } from '../tickets/api.js';
import type { AutomateAction } from './api.js';

/** What "Run escalation" did, ticket by ticket, by subject. */
export function EscalationResult({ result }: { result: { escalated: number; actions: AutomateAction[] } }) {
  const { t } = useTranslation('sla');
  return (
    <div className="card result" role="status">
      <strong>{t('escalation.summary', { count: result.escalated })}</strong>
      {result.actions.length > 0 && (
        <ul>
          {result.actions.map((a) => (
            <EscalatedTicket key={`${a.ticketId}-${a.action}`} action={a} />
          ))}
        </ul>
      )}
    </div>
  );
}

function EscalatedTicket({ action }: { action: AutomateAction }) {
  const { t } = useTranslation('sla');
  const ticket = useTicket(action.ticketId);
  const names = useNames();
  const what =
    action.outcome === 'no_agent_available'
      ? t('escalation.noAgent')
      : t(`escalation.${action.action}`, { priority: action.priority, agent: names(action.assigneeId) });
  return (
    <li data-testid="escalated-ticket">
      <Link to={`/console/queue/${action.ticketId}`}>{ticket.data?.subject ?? t('escalation.ticket')}</Link>
      {': '}
      {what} <small>{t('escalation.level', { level: action.level })}</small>
    </li>
  );
}
