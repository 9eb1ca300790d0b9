import type { Ticket } from '@switchboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Badge, QueryState } from '../../components/ui.js';
import { AttributeList } from './AttributeList.js';
import { useCustomer, useCustomerTickets } from './api.js';
import { customersPath, ticketPath } from './paths.js';
import './customers.css';

/** "Customer history in the ticket view": who wrote in, what we know of them, and their other tickets. */
export function CustomerPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('customers');
  if (!ticket.customerId) return null;
  return (
    <aside className="customer-panel" aria-label={t('panel.label')}>
      <PanelBody customerId={ticket.customerId} ticketId={ticket.id} />
    </aside>
  );
}

function PanelBody({ customerId, ticketId }: { customerId: string; ticketId: string }) {
  const { t } = useTranslation('customers');
  const { t: tr } = useTranslation('tickets');
  const me = useMe();
  const profile = useCustomer(customerId);
  const tickets = useCustomerTickets(customerId, 1, 6);
  const c = profile.data;
  const others = (tickets.data?.data ?? []).filter((other) => other.id !== ticketId).slice(0, 5);
  return (
    <QueryState query={profile}>
      {c && (
        <>
          <h3>
            <Link to={`${customersPath(me.role)}/${c.id}`}>{c.name}</Link>
          </h3>
          <dl className="customer-facts">
            {c.email && (
              <>
                <dt>{t('fields.email')}</dt>
                <dd>{c.email}</dd>
              </>
            )}
            {c.phone && (
              <>
                <dt>{t('fields.phone')}</dt>
                <dd>{c.phone}</dd>
              </>
            )}
          </dl>
          <AttributeList attributes={c.attributes} />
          <h4>{t('panel.otherTickets', { count: c.ticketCount })}</h4>
          {others.length === 0 ? (
            <p className="muted">{t('panel.noOtherTickets')}</p>
          ) : (
            <ul className="customer-tickets">
              {others.map((other) => (
                <li key={other.id}>
                  <Link to={ticketPath(me.role, other.id)}>{other.subject}</Link>{' '}
                  <Badge tone={`status-${other.status}`}>{tr(`status.${other.status}`)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </QueryState>
  );
}
