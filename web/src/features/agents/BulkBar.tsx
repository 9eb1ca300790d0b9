import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { useAgentMutations, useNames } from './api.js';
import './agents.css';

/** One change for every selected agent (PUT /api/agents/bulk), with each refused agent named. */
export function BulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation('agents');
  const { bulk } = useAgentMutations();
  const nameOf = useNames();
  const [department, setDepartment] = useState('');
  const run = (updates: Record<string, unknown>) =>
    bulk.mutate({ agentIds: ids, updates }, { onSuccess: (r) => r.errors.length === 0 && onDone() });
  const refused = bulk.data?.errors ?? [];
  return (
    <section className="bulk-bar" aria-label={t('bulk.title')}>
      <span>{t('bulk.selected', { n: ids.length })}</span>
      <label>
        <span className="sr-only">{t('bulk.newDepartment')}</span>
        <input
          placeholder={t('fields.department')}
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
        />
      </label>
      <button
        type="button"
        disabled={!department.trim() || bulk.isPending}
        onClick={() => run({ department })}
      >
        {t('bulk.setDepartment')}
      </button>
      <button type="button" disabled={bulk.isPending} onClick={() => run({ isActive: true })}>
        {t('bulk.activate')}
      </button>
      <button
        type="button"
        className="danger"
        disabled={bulk.isPending}
        onClick={() => run({ isActive: false })}
      >
        {t('bulk.deactivate')}
      </button>
      {bulk.data && (
        <div role="status">
          {t('bulk.updated', { n: bulk.data.updated })}
          {refused.length > 0 && (
            <ul className="bulk-errors">
              {refused.map((e) => (
                <li key={e.agentId}>{t('bulk.refused', { name: nameOf(e.agentId), message: e.message })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {bulk.isError && <Failure error={bulk.error} />}
    </section>
  );
}
