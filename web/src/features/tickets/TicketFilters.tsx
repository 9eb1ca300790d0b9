import type { Priority } from '@switchboard/contracts';
import { useTranslation } from 'react-i18next';
import { ticketStatuses } from '../../lib/transitions.js';
import { useTags } from '../tags/api.js';

/** Lowest first; a Record, so the typecheck fails here when the contract's list changes. */
const priorityRank: Record<Priority, number> = { low: 0, medium: 1, high: 2, urgent: 3 };
export const priorities = Object.keys(priorityRank) as Priority[];

type FilterProps = { label: string; value: string; onChange: (value: string) => void };

/** A ticket status filter; the empty choice (`anyText`) means no filter. */
export function StatusFilter({ label, anyText, value, onChange }: FilterProps & { anyText: string }) {
  const { t } = useTranslation('tickets');
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyText}</option>
        {ticketStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A ticket priority filter; the empty choice means any priority. */
export function PriorityFilter({ label, value, onChange }: FilterProps) {
  const { t } = useTranslation('tickets');
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filters.anyPriority')}</option>
        {priorities.map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A tag filter from the tenant's tags (GET /api/tags), each with its count; the empty choice means any tag. */
export function TagFilter({ label, value, onChange }: FilterProps) {
  const { t } = useTranslation('tags');
  const tags = useTags();
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('anyTag')}</option>
        {(tags.data?.data ?? []).map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {t('option', { tag, count })}
          </option>
        ))}
      </select>
    </label>
  );
}
