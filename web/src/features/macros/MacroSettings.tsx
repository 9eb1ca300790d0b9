import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure, QueryState } from '../../components/ui.js';
import { describeError } from '../../lib/api.js';
import { ticketStatuses } from '../../lib/transitions.js';
import { useDirectory } from '../agents/api.js';
import { priorities } from '../tickets/TicketFilters.js';
import { useDeleteMacro, useMacros, useSaveMacro } from './api.js';
import {
  type ActionType,
  actionsOf,
  actionTypes,
  draftOf,
  emptyDraft,
  firstValue,
  type MacroDraft,
  type StepDraft,
  stepDraft,
} from './macro-form.js';
import './macros.css';

/** Settings → Macros (supervisors, admins): the tenant's macros, each editable and removable. */
export default function MacroSettings() {
  const { t } = useTranslation('macros');
  const macros = useMacros();
  const remove = useDeleteMacro();
  const [editing, setEditing] = useState<{ id?: string; draft: MacroDraft } | null>(null);
  const list = macros.data?.data ?? [];
  return (
    <section aria-labelledby="macros-title">
      <h2 id="macros-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <QueryState query={macros} empty={list.length === 0} emptyText={t('empty')}>
        <ul className="macro-list">
          {list.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> <span>{t('stepCount', { count: m.actions.length })}</span>{' '}
              <button type="button" onClick={() => setEditing({ id: m.id, draft: draftOf(m) })}>
                {t('edit', { name: m.name })}
              </button>{' '}
              <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(m.id)}>
                {t('delete', { name: m.name })}
              </button>
            </li>
          ))}
        </ul>
      </QueryState>
      {remove.isError && <Failure error={remove.error} />}
      {editing ? (
        <MacroForm key={editing.id ?? 'new'} {...editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing({ draft: emptyDraft() })}>
          {t('new')}
        </button>
      )}
    </section>
  );
}

function MacroForm({
  id,
  draft,
  onDone,
}: {
  id?: string | undefined;
  draft: MacroDraft;
  onDone: () => void;
}) {
  const { t } = useTranslation('macros');
  const save = useSaveMacro();
  const [name, setName] = useState(draft.name);
  const [steps, setSteps] = useState<StepDraft[]>(draft.steps);
  const setStep = (i: number, step: StepDraft) => setSteps(steps.map((s, j) => (j === i ? step : s)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id, body: { name: name.trim(), actions: actionsOf(steps) } }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={id ? t('editTitle') : t('newTitle')}>
      <div className="field">
        <label htmlFor="macro-name">{t('name')}</label>
        <input
          id="macro-name"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <ol className="macro-steps" aria-label={t('steps')}>
        {steps.map((step, i) => (
          <li key={step.key} className="macro-step">
            <label>
              <span className="sr-only">{t('stepType', { n: i + 1 })}</span>
              <select
                value={step.type}
                onChange={(e) => {
                  const type = e.target.value as ActionType;
                  setStep(i, { ...step, type, value: firstValue[type] });
                }}
              >
                {actionTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`type.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <StepValue n={i + 1} step={step} onChange={(value) => setStep(i, { ...step, value })} />
            <button
              type="button"
              disabled={steps.length === 1}
              onClick={() => setSteps(steps.filter((_, j) => j !== i))}
            >
              {t('removeStep', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={steps.length >= 20}
        onClick={() => setSteps([...steps, stepDraft('add_tags')])}
      >
        {t('addStep')}
      </button>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      {save.isError && (
        <p className="field-error" role="alert">
          {describeError(save.error)}
        </p>
      )}
    </form>
  );
}

/** The value input that fits the step's type. */
function StepValue({ n, step, onChange }: { n: number; step: StepDraft; onChange: (v: string) => void }) {
  const { t } = useTranslation('macros');
  const { t: tt } = useTranslation('tickets');
  const directory = useDirectory();
  const label = t('stepValue', { n });
  const select = (options: { value: string; label: string }[]) => (
    <label>
      <span className="sr-only">{label}</span>
      <select value={step.value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  if (step.type === 'set_status')
    return select(ticketStatuses.map((s) => ({ value: s, label: tt(`status.${s}`) })));
  if (step.type === 'set_priority')
    return select(priorities.map((p) => ({ value: p, label: tt(`priority.${p}`) })));
  if (step.type === 'assign') {
    const workers = (directory.data ?? []).filter((u) => u.isActive && u.role !== 'viewer');
    return select([
      { value: '', label: tt('assign.unassigned') },
      ...workers.map((u) => ({ value: u.id, label: u.fullName })),
    ]);
  }
  if (step.type === 'reply')
    return (
      <label>
        <span className="sr-only">{label}</span>
        <textarea required value={step.value} onChange={(e) => onChange(e.target.value)} />
      </label>
    );
  return (
    <label>
      <span className="sr-only">{label}</span>
      <input
        required
        placeholder={t('tagsPlaceholder')}
        value={step.value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
