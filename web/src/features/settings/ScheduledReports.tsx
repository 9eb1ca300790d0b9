import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { Failure, Grid, QueryState } from '../../components/ui.js';
import { formatDate } from '../../i18n/format.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { useDirectory, useNames } from '../agents/api.js';
import { useScheduleMutations, useSchedules } from './operations-api.js';
import { emptyScheduleDraft, type ScheduleDraft, scheduleBody } from './schedule-form.js';
import './operations.css';

const reports = ['team', 'agent', 'tickets'] as const;
const frequencies = ['weekly', 'monthly'] as const;

/** Report emails sent once per full week or month (docs/api.md §4.11, docs/reporting.md). */
export default function ScheduledReports() {
  const { t } = useTranslation('operations');
  const schedules = useSchedules();
  const { remove } = useScheduleMutations();
  const nameOf = useNames();
  const list = schedules.data?.data ?? [];
  return (
    <section aria-labelledby="schedules-title">
      <h2 id="schedules-title">{t('schedules.title')}</h2>
      <p>{t('schedules.intro')}</p>
      <ScheduleForm />
      {remove.isError && <Failure error={remove.error} />}
      <QueryState query={schedules} empty={list.length === 0} emptyText={t('schedules.empty')}>
        <Grid
          columns={[
            t('schedules.report'),
            t('schedules.frequency'),
            t('schedules.recipients'),
            t('schedules.createdAt'),
            t('schedules.actions'),
          ]}
        >
          {list.map((s) => {
            const what = s.agentId
              ? t('schedules.agentReport', { name: nameOf(s.agentId) })
              : t(`schedules.reports.${s.report}`);
            return (
              <tr key={s.id}>
                <th scope="row">{what}</th>
                <td>{t(`schedules.frequencies.${s.frequency}`)}</td>
                <td>{s.recipients.join(', ')}</td>
                <td>{formatDate(s.createdAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="danger"
                    disabled={remove.isPending}
                    aria-label={t('schedules.deleteOf', {
                      what,
                      frequency: t(`schedules.frequencies.${s.frequency}`),
                    })}
                    onClick={() =>
                      window.confirm(t('schedules.confirmDelete', { what })) && remove.mutate(s.id)
                    }
                  >
                    {t('schedules.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </Grid>
      </QueryState>
    </section>
  );
}

function ScheduleForm() {
  const { t } = useTranslation('operations');
  const { create } = useScheduleMutations();
  const directory = useDirectory();
  const [draft, setDraft] = useState<ScheduleDraft>(emptyScheduleDraft);
  const errors = fieldErrors(create.error);
  const recipientsError = Object.entries(errors).find(([f]) => f.startsWith('recipients'))?.[1];
  const placed = Boolean(recipientsError || errors.agentId);
  const set = (name: keyof ScheduleDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [name]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(scheduleBody(draft), { onSuccess: () => setDraft(emptyScheduleDraft) });
  };
  const agents = (directory.data ?? []).filter((u) => u.isActive);

  return (
    <form className="card form" onSubmit={submit} aria-label={t('schedules.new')} noValidate>
      <h3>{t('schedules.new')}</h3>
      <div className="form-row">
        <FormField id="schedule-report" label={t('schedules.report')} error={errors.report}>
          {(p) => (
            <select {...p} value={draft.report} onChange={set('report')}>
              {reports.map((r) => (
                <option key={r} value={r}>
                  {t(`schedules.reports.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.report === 'agent' && (
          <FormField id="schedule-agent" label={t('schedules.agent')} error={errors.agentId}>
            {(p) => (
              <select {...p} value={draft.agentId} onChange={set('agentId')}>
                <option value="">{t('schedules.pickAgent')}</option>
                {agents.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.fullName}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField id="schedule-frequency" label={t('schedules.frequency')} error={errors.frequency}>
          {(p) => (
            <select {...p} value={draft.frequency} onChange={set('frequency')}>
              {frequencies.map((f) => (
                <option key={f} value={f}>
                  {t(`schedules.frequencies.${f}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        id="schedule-recipients"
        label={t('schedules.recipients')}
        hint={t('schedules.recipientsHint')}
        error={recipientsError}
      >
        {(p) => <textarea {...p} rows={2} value={draft.recipients} onChange={set('recipients')} />}
      </FormField>
      {create.isError && !placed && <Failure error={create.error} />}
      <div className="form-actions">
        {create.isSuccess && <span role="status">{t('schedules.created')}</span>}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('schedules.create')}
        </button>
      </div>
    </form>
  );
}
