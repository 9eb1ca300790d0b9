import { Link } from 'react-router';
import { formatters, type Unit } from './format.js';
import type { TeamRow } from './metrics.js';

const columns: [label: string, unit: Unit, value: (r: TeamRow) => number | null][] = [
  ['Resolved', 'count', (r) => r.ticketsResolved],
  ['AHT', 'duration', (r) => r.handleTime.avg],
  ['FRT', 'duration', (r) => r.firstResponseTime.avg],
  ['Resolution time', 'duration', (r) => r.resolutionTime.avg],
  ['CSAT', 'rating', (r) => r.csat.average],
  ['CSAT responses', 'percent', (r) => r.csat.responseRate],
  ['SLA', 'percent', (r) => r.slaCompliance],
  ['Worked', 'duration', (r) => r.workedSeconds],
  ['Online', 'duration', (r) => r.onlineSeconds],
  ['Break', 'duration', (r) => r.breakSeconds],
  ['Occupancy', 'ratio', (r) => r.occupancy],
  ['Days absent', 'count', (r) => r.attendance.daysAbsent],
];

/** A row per agent over the period, every figure in its unit; names open the agent's report. */
export function TeamTable({ rows }: { rows: TeamRow[] }) {
  if (!rows.length) return <p className="empty">No team activity in this period.</p>;
  return (
    <div className="table-scroll">
      <table className="grid compact">
        <caption>Team over the period</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Level</th>
            {columns.map(([label]) => (
              <th key={label} scope="col">
                {label}
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
              <td>{r.performanceLevel ?? '—'}</td>
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
