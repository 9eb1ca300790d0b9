import type { CannedResponse, CannedScope } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { FormField } from '../../components/FormField.js';
import { Badge, Failure, Grid, QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { type CannedInput, useCannedMutations, useCannedResponses } from './api.js';
import './canned.css';

const PLACEHOLDERS =
  '{{customer.name}}, {{customer.email}}, {{agent.name}}, {{ticket.number}}, {{ticket.subject}}';
const empty: CannedInput = { shortCode: '', title: '', body: '', scope: 'personal' };

/** Settings → Canned responses: the shared ones (supervisors, admins) and the caller's own (docs/api.md §4.15). */
export default function CannedSettings() {
  const { t } = useTranslation('canned');
  const me = useMe();
  const responses = useCannedResponses();
  const { remove } = useCannedMutations();
  const [editing, setEditing] = useState<CannedResponse | null>(null);
  const list = responses.data ?? [];
  const mayChange = (r: CannedResponse) =>
    r.ownerId === me.id || me.role === 'admin' || me.role === 'supervisor';
  return (
    <section aria-labelledby="canned-heading">
      <h2 id="canned-heading">{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      <p>{t('settings.placeholders', { placeholders: PLACEHOLDERS })}</p>
      <CannedForm key={editing?.id ?? 'new'} editing={editing} done={() => setEditing(null)} />
      {remove.isError && <Failure error={remove.error} />}
      <QueryState query={responses} empty={list.length === 0} emptyText={t('settings.empty')}>
        <Grid
          columns={[
            t('settings.shortCode'),
            t('settings.titleField'),
            t('settings.scope'),
            t('settings.actions'),
          ]}
        >
          {list.map((r) => (
            <tr key={r.id}>
              <th scope="row">/{r.shortCode}</th>
              <td>{r.title}</td>
              <td>
                <Badge tone={`canned-${r.scope}`}>{t(`settings.scopes.${r.scope}`)}</Badge>
              </td>
              <td className="actions">
                {mayChange(r) && (
                  <>
                    <button
                      type="button"
                      aria-label={t('settings.editOf', { code: r.shortCode })}
                      onClick={() => setEditing(r)}
                    >
                      {t('settings.edit', { code: r.shortCode })}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      disabled={remove.isPending}
                      aria-label={t('settings.deleteOf', { code: r.shortCode })}
                      onClick={() =>
                        window.confirm(t('settings.confirmDelete', { code: r.shortCode })) &&
                        remove.mutate(r.id)
                      }
                    >
                      {t('settings.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </Grid>
      </QueryState>
    </section>
  );
}

/** A new response, or the one being edited (its scope stays what it was). */
function CannedForm({ editing, done }: { editing: CannedResponse | null; done: () => void }) {
  const { t } = useTranslation('canned');
  const me = useMe();
  const { create, update } = useCannedMutations();
  const [draft, setDraft] = useState<CannedInput>(editing ?? empty);
  const saving = editing ? update : create;
  const errors = fieldErrors(saving.error);
  const manages = me.role === 'admin' || me.role === 'supervisor';
  const set = (name: keyof CannedInput) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [name]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { shortCode, title, body, scope } = draft;
    if (editing) update.mutate({ id: editing.id, shortCode, title, body }, { onSuccess: done });
    else create.mutate({ shortCode, title, body, scope }, { onSuccess: () => setDraft(empty) });
  };
  const label = editing ? t('settings.edit', { code: editing.shortCode }) : t('settings.new');
  const placed = Boolean(errors.shortCode || errors.title || errors.body || errors.scope);
  return (
    <form className="card form" onSubmit={submit} aria-label={label} noValidate>
      <h3>{label}</h3>
      <div className="form-row">
        <FormField
          id="canned-code"
          label={t('settings.shortCode')}
          hint={t('settings.shortCodeHint')}
          error={errors.shortCode}
        >
          {(p) => <input {...p} value={draft.shortCode} onChange={set('shortCode')} maxLength={32} />}
        </FormField>
        <FormField id="canned-title" label={t('settings.titleField')} error={errors.title}>
          {(p) => <input {...p} value={draft.title} onChange={set('title')} />}
        </FormField>
        {!editing && (
          <FormField id="canned-scope" label={t('settings.scope')} error={errors.scope}>
            {(p) => (
              <select {...p} value={draft.scope} onChange={set('scope')}>
                {(manages ? (['tenant', 'personal'] as CannedScope[]) : (['personal'] as CannedScope[])).map(
                  (s) => (
                    <option key={s} value={s}>
                      {t(`settings.scopes.${s}`)}
                    </option>
                  ),
                )}
              </select>
            )}
          </FormField>
        )}
      </div>
      <FormField id="canned-body" label={t('settings.body')} error={errors.body}>
        {(p) => <textarea {...p} rows={4} value={draft.body} onChange={set('body')} />}
      </FormField>
      {saving.isError && !placed && <Failure error={saving.error} />}
      <div className="form-actions">
        {editing && (
          <button type="button" onClick={done}>
            {t('settings.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={saving.isPending}>
          {editing ? t('settings.save') : t('settings.create')}
        </button>
      </div>
    </form>
  );
}
