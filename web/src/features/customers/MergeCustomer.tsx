import type { CustomerProfile } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Failure } from '../../components/ui.js';
import { useCustomers, useMergeCustomer } from './api.js';
import { customersPath } from './paths.js';

/** Folds this customer (a duplicate) into another one found by search; the other one stays. */
export function MergeCustomer({ profile }: { profile: CustomerProfile }) {
  const { t } = useTranslation('customers');
  const me = useMe();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [into, setInto] = useState('');
  const candidates = useCustomers(q, 1);
  const merge = useMergeCustomer(profile.id);
  const options = (candidates.data?.data ?? []).filter((c) => c.id !== profile.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = options.find((c) => c.id === into);
    if (!target || !window.confirm(t('merge.confirm', { from: profile.name, into: target.name }))) return;
    merge.mutate(into, { onSuccess: (kept) => navigate(`${customersPath(me.role)}/${kept.id}`) });
  };
  return (
    <form className="card form" aria-label={t('merge.title')} onSubmit={submit}>
      <h3>{t('merge.title')}</h3>
      <p className="muted">{t('merge.explain', { name: profile.name })}</p>
      <div className="form-row">
        <input
          type="search"
          aria-label={t('merge.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label={t('merge.into')} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t('merge.choose')}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {[c.name, c.email, c.phone].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </div>
      {merge.isError && <Failure error={merge.error} />}
      <div className="form-actions">
        <button type="submit" className="danger" disabled={!into || merge.isPending}>
          {t('merge.submit')}
        </button>
      </div>
    </form>
  );
}
