import type { CustomerProfile } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { AttributeList } from './AttributeList.js';
import { AttributesEditor } from './AttributesEditor.js';
import { useCustomer, useCustomerTickets, useUpdateCustomer } from './api.js';
import { ContactFields } from './ContactFields.js';
import { MergeCustomer } from './MergeCustomer.js';
import { mayEditCustomers, mayMergeCustomers, ticketPath } from './paths.js';

/** One customer: who they are, what we know of them, their tickets; editing and merging for those allowed. */
export function CustomerProfileView({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const me = useMe();
  const profile = useCustomer(customerId);
  const c = profile.data;
  return (
    <QueryState query={profile}>
      {c && (
        <article className="customer-profile" aria-labelledby="customer-name">
          <h2 id="customer-name">{c.name}</h2>
          <dl className="customer-facts">
            <dt>{t('fields.email')}</dt>
            <dd>{c.email ?? '—'}</dd>
            <dt>{t('fields.phone')}</dt>
            <dd>{c.phone ?? '—'}</dd>
            <dt>{t('profile.tickets')}</dt>
            <dd data-testid="ticket-count">
              {t('profile.ticketCounts', { count: c.ticketCount, open: c.openTicketCount })}
            </dd>
            <dt>{t('profile.lastContact')}</dt>
            <dd>{c.lastContactAt ? dateTimeOf(c.lastContactAt) : '—'}</dd>
            <dt>{t('profile.identities')}</dt>
            <dd>{c.identities.map((i) => `${t(`identity.${i.kind}`)}: ${i.value}`).join(', ') || '—'}</dd>
          </dl>
          {mayEditCustomers(me.role) ? (
            <>
              <EditContact key={c.updatedAt} profile={c} />
              <AttributesEditor key={`attrs-${c.updatedAt}`} profile={c} />
            </>
          ) : (
            <AttributeList attributes={c.attributes} />
          )}
          <CustomerTickets customerId={c.id} />
          {mayMergeCustomers(me.role) && <MergeCustomer profile={c} />}
        </article>
      )}
    </QueryState>
  );
}

function EditContact({ profile }: { profile: CustomerProfile }) {
  const { t } = useTranslation('customers');
  const update = useUpdateCustomer(profile.id);
  const [fields, setFields] = useState({
    name: profile.name,
    email: profile.email ?? '',
    phone: profile.phone ?? '',
  });
  const errors = fieldErrors(update.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({
      name: fields.name,
      email: fields.email.trim() || null,
      phone: fields.phone.trim() || null,
    });
  };
  return (
    <form className="card form" aria-label={t('edit.title')} onSubmit={submit} noValidate>
      <h3>{t('edit.title')}</h3>
      <ContactFields idPrefix="edit-customer" fields={fields} errors={errors} onChange={setFields} />
      {update.isError && Object.keys(errors).length === 0 && <Failure error={update.error} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('edit.submit')}
        </button>
      </div>
    </form>
  );
}

function CustomerTickets({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const { t: tr } = useTranslation('tickets');
  const me = useMe();
  const [page, setPage] = useState(1);
  const tickets = useCustomerTickets(customerId, page);
  const rows = tickets.data?.data ?? [];
  return (
    <section aria-labelledby="customer-tickets-title">
      <h3 id="customer-tickets-title">{t('profile.ticketsTitle')}</h3>
      <QueryState query={tickets} empty={rows.length === 0} emptyText={t('profile.noTickets')}>
        <ul className="customer-tickets">
          {rows.map((ticket) => (
            <li key={ticket.id}>
              <Link to={ticketPath(me.role, ticket.id)}>{ticket.subject}</Link>{' '}
              <Badge tone={`status-${ticket.status}`}>{tr(`status.${ticket.status}`)}</Badge>{' '}
              <span className="muted">{dateTimeOf(ticket.createdAt)}</span>
            </li>
          ))}
        </ul>
        <Pager page={page} totalPages={tickets.data?.meta.totalPages ?? 1} onPage={setPage} />
      </QueryState>
    </section>
  );
}
