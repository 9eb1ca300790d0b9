import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatters, type Unit } from './format.js';
import type { TeamRow } from './metrics.js';

/** Each figure's column: its heading (a key of `reports:teamTable`), unit and value. */
const columns: [label: string, unit: Unit, value: (r: TeamRow) => number | null][] = [
  ['resolved', 'count', (r) => r.ticketsResolved],
  ['aht', 'duration', (r) => r.handleTime.avg],
  ['frt', 'duration', (r) => r.firstResponseTime.avg],
  ['resolution', 'duration', (r) => r.resolutionTime.avg],
  ['csat', 'rating', (r) => r.csat.average],
  ['csatResponses', 'percent', (r) => r.csat.responseRate],
  ['sla', 'percent', (r) => r.slaCompliance],
  ['worked', 'duration', (r) => r.workedSeconds],
  ['online', 'duration', (r) => r.onlineSeconds],
  ['break', 'duration', (r) => r.breakSeconds],
  ['occupancy', 'ratio', (r) => r.occupancy],
  ['daysAbsent', 'count', (r) => r.attendance.daysAbsent],
];

/** A row per agent over the period, every figure in its unit; names open the agent's report. */
export function TeamTable({ rows }: { rows: TeamRow[] }) {
  const { t } = useTranslation('reports');
  if (!rows.length) return <p className="empty">{t('teamTable.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="grid compact">
        <caption>{t('teamTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teamTable.agent')}</th>
            <th scope="col">{t('teamTable.level')}</th>
            {columns.map(([label]) => (
              <th key={label} scope="col">
                {t(`teamTable.${label}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agent.id}>
              <th scope="row">
                <Link to={`/console/reports/agents/${r.agent.id}`}>{r.agent.fullName}</Link>
              </th>
              <td>{t(`level.${r.performanceLevel ?? 'none'}`)}</td>
              {columns.map(([label, unit, value]) => (
                <td key={label}>{formatters[unit](value(r))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
