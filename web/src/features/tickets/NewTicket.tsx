import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Failure } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { useCreateTicket } from './api.js';
import { CustomerLookup } from './CustomerLookup.js';
import { emptyTicketForm, type NewTicketForm, ticketBody, withCustomer } from './new-ticket.js';
import { priorities } from './TicketFilters.js';

type Field = keyof NewTicketForm;

/** The API's field names (docs/api.md §4.3) for the form's inputs. */
const apiField: Record<Field, string> = {
  subject: 'subject',
  description: 'description',
  priority: 'priority',
  category: 'category',
  customerName: 'customer.name',
  customerEmail: 'customer.email',
  customerPhone: 'customer.phone',
};

/**
 * Opens a ticket (agents, supervisors, admins); the API's validation messages stand by each input.
 * Each customer input suggests known customers; choosing one fills all three.
 */
export function NewTicket({ base }: { base: string }) {
  const { t } = useTranslation('newTicket');
  const [form, setForm] = useState(emptyTicketForm);
  const create = useCreateTicket();
  const navigate = useNavigate();
  const errors = fieldErrors(create.error);
  const placed = Object.values(apiField).some((f) => errors[f]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(ticketBody(form), { onSuccess: (t) => navigate(`${base}/${t.id}`) });
  };
  const field = (name: Field, label: string, input: (props: InputProps) => ReactNode) => {
    const error = errors[apiField[name]];
    const props: InputProps = {
      id: `new-ticket-${name}`,
      value: form[name],
      onChange: (e) => setForm((f) => ({ ...f, [name]: e.target.value })),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `new-ticket-${name}-error` : undefined,
    };
    return (
      <div className="field">
        <label htmlFor={props.id}>{label}</label>
        {input(props)}
        {error && (
          <span id={`new-ticket-${name}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };
  const text = (props: InputProps) => <input {...props} />;
  const lookup = (type: 'text' | 'email' | 'tel') => (props: InputProps) => (
    <CustomerLookup {...props} type={type} onPick={(c) => setForm((f) => withCustomer(f, c))} />
  );

  return (
    <form className="card form" onSubmit={submit} aria-label={t('title')} noValidate>
      <h2>{t('title')}</h2>
      {field('subject', t('subject'), text)}
      {field('description', t('description'), (p) => (
        <textarea rows={4} {...p} />
      ))}
      <div className="form-row">
        {field('priority', t('priority'), (p) => (
          <select {...p}>
            {priorities.map((x) => (
              <option key={x} value={x}>
                {t(`priorities.${x}`)}
              </option>
            ))}
          </select>
        ))}
        {field('category', t('category'), text)}
      </div>
      <fieldset className="form-row">
        <legend>{t('customer.legend')}</legend>
        {field('customerName', t('customer.name'), lookup('text'))}
        {field('customerEmail', t('customer.email'), lookup('email'))}
        {field('customerPhone', t('customer.phone'), lookup('tel'))}
      </fieldset>
      {create.isError && !placed && <Failure error={create.error} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('create')}
        </button>
      </div>
    </form>
  );
}

type InputProps = {
  id: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};
