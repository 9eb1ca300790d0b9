import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Empty, QueryState } from '../../components/ui.js';
import { useCustomers } from './api.js';
import { CustomerProfileView } from './CustomerProfile.js';
import { NewCustomer } from './NewCustomer.js';
import { customersPath, mayEditCustomers } from './paths.js';
import './customers.css';

function OpenProfile() {
  const { customerId } = useParams();
  return customerId ? <CustomerProfileView key={customerId} customerId={customerId} /> : null;
}

/** The Customers page: search on the left, a profile (or the New customer form) beside it. */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  const me = useMe();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const customers = useCustomers(q, page);
  const base = customersPath(me.role);
  const rows = customers.data?.data ?? [];
  return (
    <div className="customers-page">
      <section className="customers-list" aria-labelledby="customers-title">
        <h2 id="customers-title">{t('title')}</h2>
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
        {mayEditCustomers(me.role) && (
          <Link to={`${base}/new`} className="button primary">
            {t('new.title')}
          </Link>
        )}
        <QueryState query={customers} empty={rows.length === 0} emptyText={t('none')}>
          <ul className="customers-results">
            {rows.map((c) => (
              <li key={c.id}>
                <NavLink to={`${base}/${c.id}`}>
                  <strong>{c.name}</strong>
                  <span className="muted">{[c.email, c.phone].filter(Boolean).join(' · ')}</span>
                </NavLink>
              </li>
            ))}
          </ul>
          <Pager page={page} totalPages={customers.data?.meta.totalPages ?? 1} onPage={setPage} />
        </QueryState>
      </section>
      <div className="customers-detail">
        <Routes>
          <Route path="new" element={<NewCustomer />} />
          <Route path=":customerId" element={<OpenProfile />} />
          <Route path="*" element={<Empty>{t('choose')}</Empty>} />
        </Routes>
      </div>
    </div>
  );
}
