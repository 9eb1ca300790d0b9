import type { Ticket } from '@switchboard/contracts';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { type Actor, mayAssign, mayTake } from '../../lib/transitions.js';
import { useDirectory } from '../agents/api.js';
import { useAssign } from './api.js';

/** Agents take an unassigned ticket; supervisors assign anyone, or unassign. */
export function AssignControl({ ticket, actor }: { ticket: Ticket; actor: Actor }) {
  const { t } = useTranslation('tickets');
  const assign = useAssign(ticket.id);
  const directory = useDirectory();
  const closed = ticket.status === 'RESOLVED' || ticket.status === 'CLOSED';
  if (mayAssign(actor) && !closed) {
    const workers = (directory.data ?? []).filter(
      (u) => u.isActive && (u.role === 'agent' || u.role === 'supervisor'),
    );
    return (
      <div className="assign">
        <label>
          {t('assign.assignee')}
          <select
            value={ticket.assigneeId ?? ''}
            disabled={assign.isPending}
            onChange={(e) => assign.mutate(e.target.value || null)}
          >
            <option value="">{t('assign.unassigned')}</option>
            {workers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.fullName}
              </option>
            ))}
          </select>
        </label>
        {assign.isError && <Failure error={assign.error} />}
      </div>
    );
  }
  if (!mayTake(ticket, actor)) return null;
  return (
    <div className="assign">
      <button
        type="button"
        className="primary"
        disabled={assign.isPending}
        onClick={() => assign.mutate(actor.id)}
      >
        {t('assign.take')}
      </button>
      {assign.isError && <Failure error={assign.error} />}
    </div>
  );
}
