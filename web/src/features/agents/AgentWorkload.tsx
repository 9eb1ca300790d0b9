import type { Agent } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { Failure, QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { useSaveWorkload, useWorkload } from './api.js';
import { type Workload, workloadBody, workloadDraft } from './workload.js';
import './agents.css';

/** How many open tickets an agent takes and which categories besides their department's (§4.5). */
export function AgentWorkload({ agent, onDone }: { agent: Agent; onDone: () => void }) {
  const { t } = useTranslation('agents');
  const workload = useWorkload(agent.id);
  return (
    <section className="card" aria-label={t('workload.title', { name: agent.fullName })}>
      <h3>{t('workload.title', { name: agent.fullName })}</h3>
      <QueryState query={workload}>
        {workload.data && <WorkloadForm agent={agent} saved={workload.data} onDone={onDone} />}
      </QueryState>
    </section>
  );
}

function WorkloadForm({ agent, saved, onDone }: { agent: Agent; saved: Workload; onDone: () => void }) {
  const { t } = useTranslation('agents');
  const [draft, setDraft] = useState(() => workloadDraft(saved));
  const save = useSaveWorkload(agent.id);
  const errors = fieldErrors(save.error);
  const skillsError = Object.entries(errors).find(([f]) => f.startsWith('skills'))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(workloadBody(draft), { onSuccess: onDone });
  };
  return (
    <form className="workload-form" onSubmit={submit} noValidate>
      <FormField
        id={`workload-${agent.id}-capacity`}
        label={t('workload.capacity')}
        error={errors.capacity}
        hint={t('workload.capacityHint')}
      >
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={draft.capacity}
            onChange={(e) => setDraft((d) => ({ ...d, capacity: e.target.value }))}
          />
        )}
      </FormField>
      <FormField
        id={`workload-${agent.id}-skills`}
        label={t('workload.skills')}
        error={skillsError}
        hint={t('workload.skillsHint')}
      >
        {(p) => (
          <input
            {...p}
            value={draft.skills}
            onChange={(e) => setDraft((d) => ({ ...d, skills: e.target.value }))}
          />
        )}
      </FormField>
      {save.isError && !errors.capacity && !skillsError && <Failure error={save.error} />}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('workload.save')}
        </button>
      </div>
    </form>
  );
}
