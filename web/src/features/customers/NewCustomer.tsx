import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Failure } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { useCreateCustomer } from './api.js';
import { ContactFields } from './ContactFields.js';
import { customersPath } from './paths.js';

/** Adds a customer by hand (a phone call, a walk-in); the API says when their email or phone is someone else's. */
export function NewCustomer() {
  const { t } = useTranslation('customers');
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateCustomer();
  const [fields, setFields] = useState({ name: '', email: '', phone: '' });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        name: fields.name,
        ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
        ...(fields.phone.trim() ? { phone: fields.phone.trim() } : {}),
      },
      { onSuccess: (created) => navigate(`${customersPath(me.role)}/${created.id}`) },
    );
  };
  return (
    <form className="card form" aria-label={t('new.title')} onSubmit={submit} noValidate>
      <h2>{t('new.title')}</h2>
      <ContactFields idPrefix="new-customer" fields={fields} errors={errors} onChange={setFields} />
      {create.isError && Object.keys(errors).length === 0 && <Failure error={create.error} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('new.submit')}
        </button>
      </div>
    </form>
  );
}
