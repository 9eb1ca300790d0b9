import { useState } from 'react';
import { Failure } from '../../components/ui.js';
import { useAgentMutations } from './api.js';

/** One change for every selected agent (PUT /api/agents/bulk), with the per-agent errors. */
export function BulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { bulk } = useAgentMutations();
  const [department, setDepartment] = useState('');
  const run = (updates: Record<string, unknown>) =>
    bulk.mutate({ agentIds: ids, updates }, { onSuccess: (r) => r.errors.length === 0 && onDone() });
  return (
    <section className="bulk-bar" aria-label="Bulk update">
      <span>{ids.length} selected</span>
      <label>
        <span className="sr-only">New department</span>
        <input placeholder="Department" value={department} onChange={(e) => setDepartment(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={!department.trim() || bulk.isPending}
        onClick={() => run({ department })}
      >
        Set department
      </button>
      <button type="button" disabled={bulk.isPending} onClick={() => run({ isActive: true })}>
        Activate
      </button>
      <button
        type="button"
        className="danger"
        disabled={bulk.isPending}
        onClick={() => run({ isActive: false })}
      >
        Deactivate
      </button>
      {bulk.data && (
        <span role="status">
          Updated {bulk.data.updated}
          {bulk.data.errors.length > 0 &&
            `; ${bulk.data.errors.length} refused: ${bulk.data.errors[0]?.message}`}
        </span>
      )}
      {bulk.isError && <Failure error={bulk.error} />}
    </section>
  );
}
