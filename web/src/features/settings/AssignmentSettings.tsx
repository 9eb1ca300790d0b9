import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { Failure, QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import {
  type AssignmentDraft,
  assignmentBody,
  assignmentDraft,
  repeatedCategories,
  type AssignmentSettings as Settings,
} from './assignment-form.js';
import { useAssignmentSettings, useSaveAssignmentSettings } from './operations-api.js';
import './operations.css';

/** Automatic assignment: on or off, the default capacity, reassignment, category → department. */
export default function AssignmentSettings() {
  const { t } = useTranslation('operations');
  const settings = useAssignmentSettings();
  return (
    <section aria-labelledby="assignment-title">
      <h2 id="assignment-title">{t('assignment.title')}</h2>
      <QueryState query={settings}>{settings.data && <AssignmentForm saved={settings.data} />}</QueryState>
    </section>
  );
}

function AssignmentForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation('operations');
  const [draft, setDraft] = useState<AssignmentDraft>(() => assignmentDraft(saved));
  const save = useSaveAssignmentSettings();
  const errors = fieldErrors(save.error);
  const mapError = Object.entries(errors).find(([f]) => f.startsWith('categoryDepartments'))?.[1];
  const repeated = repeatedCategories(draft.rows);
  const placed = Boolean(errors.defaultCapacity || errors.reassignAfterMinutes || mapError);
  const set = (changes: Partial<AssignmentDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const setRow = (i: number, changes: Partial<AssignmentDraft['rows'][number]>) =>
    set({ rows: draft.rows.map((r, j) => (j === i ? { ...r, ...changes } : r)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (repeated.length === 0) save.mutate(assignmentBody(draft));
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={t('assignment.title')} noValidate>
      <label className="check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        {t('assignment.enabled')}
      </label>
      <div className="form-row">
        <FormField
          id="assignment-defaultCapacity"
          label={t('assignment.defaultCapacity')}
          hint={t('assignment.defaultCapacityHint')}
          error={errors.defaultCapacity}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={draft.defaultCapacity}
              onChange={(e) => set({ defaultCapacity: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id="assignment-reassignAfterMinutes"
          label={t('assignment.reassignAfterMinutes')}
          hint={t('assignment.reassignHint')}
          error={errors.reassignAfterMinutes}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={draft.reassignAfterMinutes}
              onChange={(e) => set({ reassignAfterMinutes: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <fieldset className="category-rows" aria-describedby={mapError ? 'assignment-map-error' : undefined}>
        <legend>{t('assignment.categories')}</legend>
        <p className="field-hint">{t('assignment.categoriesHint')}</p>
        {draft.rows.map((row, i) => (
          // Rows have no identity of their own; the position is what the user edits.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div className="category-row" key={i}>
            <label>
              {t('assignment.category', { n: i + 1 })}
              <input value={row.category} onChange={(e) => setRow(i, { category: e.target.value })} />
            </label>
            <label>
              {t('assignment.department', { n: i + 1 })}
              <input value={row.department} onChange={(e) => setRow(i, { department: e.target.value })} />
            </label>
            <button
              type="button"
              className="danger"
              onClick={() => set({ rows: draft.rows.filter((_, j) => j !== i) })}
            >
              {t('assignment.removeRow', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ rows: [...draft.rows, { category: '', department: '' }] })}
        >
          {t('assignment.addRow')}
        </button>
        {mapError && (
          <span id="assignment-map-error" className="field-error">
            {mapError}
          </span>
        )}
        {repeated.length > 0 && (
          <span className="field-error" role="alert">
            {t('assignment.repeated', { categories: repeated.join(', ') })}
          </span>
        )}
      </fieldset>
      {save.isError && !placed && <Failure error={save.error} />}
      <div className="form-actions">
        {save.isSuccess && <span role="status">{t('saved')}</span>}
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
