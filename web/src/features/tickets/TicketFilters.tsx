import { statusLabel } from '../../lib/transitions.js';
import { priorities, ticketStatuses } from '../../lib/types.js';

type FilterProps = { label: string; value: string; onChange: (value: string) => void };

/** A ticket status filter; the empty choice (`anyText`) means no filter. */
export function StatusFilter({ label, anyText, value, onChange }: FilterProps & { anyText: string }) {
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyText}</option>
        {ticketStatuses.map((s) => (
          <option key={s} value={s}>
            {statusLabel[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A ticket priority filter; the empty choice means any priority. */
export function PriorityFilter({ label, value, onChange }: FilterProps) {
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any priority</option>
        {priorities.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}
