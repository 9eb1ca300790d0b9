import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.js';
import { dateTimeOf, Failure, Grid, QueryState } from '../../components/ui.js';
import { useDirectory, useNames } from '../agents/api.js';
import { downloadAudit, useAuditLog } from './api.js';
import {
  auditActions,
  changeLines,
  emptyFilters,
  type FilterDraft,
  filtersOf,
  targetTypes,
} from './audit-view.js';
import './audit.css';

/** Settings → Audit log (admins): every change an admin or supervisor made, newest first. */
export default function AuditLog() {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState<FilterDraft>(emptyFilters);
  const [page, setPage] = useState(1);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = filtersOf(draft);
  const log = useAuditLog(filters, page);
  const nameOf = useNames();
  const entries = log.data?.data ?? [];
  const set = (patch: Partial<FilterDraft>) => {
    setDraft({ ...draft, ...patch });
    setPage(1);
  };
  const exportCsv = () => {
    setExportError(null);
    downloadAudit(filters).catch(setExportError);
  };
  return (
    <section aria-labelledby="audit-title" className="audit-log">
      <h2 id="audit-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <Filters draft={draft} set={set} />
      <button type="button" onClick={exportCsv}>
        {t('export')}
      </button>
      {exportError ? <Failure error={exportError} /> : null}
      <QueryState query={log} empty={entries.length === 0} emptyText={t('empty')}>
        <Grid columns={[t('at'), t('actor'), t('action'), t('target'), t('change')]}>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{dateTimeOf(e.at)}</td>
              <td>
                {nameOf(e.actorId)} <span className="audit-role">({t(`roles.${e.actorRole}`)})</span>
              </td>
              <th scope="row">{t(`actions.${e.action}`, { defaultValue: e.action })}</th>
              <td>
                {t(`targets.${e.targetType}`, { defaultValue: e.targetType })}{' '}
                {e.targetType === 'user' ? nameOf(e.targetId) : <code>{e.targetId.slice(-8)}</code>}
              </td>
              <td>
                <ul className="audit-change">
                  {changeLines(e).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Grid>
        <Pager page={page} totalPages={log.data?.meta.totalPages ?? 1} onPage={setPage} />
      </QueryState>
    </section>
  );
}

function Filters({ draft, set }: { draft: FilterDraft; set: (patch: Partial<FilterDraft>) => void }) {
  const { t } = useTranslation('audit');
  const staff = (useDirectory().data ?? []).filter((u) => u.role === 'admin' || u.role === 'supervisor');
  return (
    <fieldset className="audit-filters">
      <legend>{t('filters')}</legend>
      <label>
        {t('actor')}
        <select value={draft.actorId} onChange={(e) => set({ actorId: e.target.value })}>
          <option value="">{t('anyone')}</option>
          {staff.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('action')}
        <select value={draft.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t('anyAction')}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {t(`actions.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('target')}
        <select value={draft.targetType} onChange={(e) => set({ targetType: e.target.value })}>
          <option value="">{t('anyTarget')}</option>
          {targetTypes.map((k) => (
            <option key={k} value={k}>
              {t(`targets.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('from')}
        <input type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('to')}
        <input type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
    </fieldset>
  );
}
