import { useState } from 'react';
import { isUnavailable } from '../../lib/api.js';
import { useDirectory } from '../agents/api.js';
import { useReport } from './api.js';
import { ExportActions } from './ExportActions.js';
import { formatNumber, humanize, rowsOf, statsOf, totalsOf } from './report-shapes.js';
import { StatsTable } from './StatsTable.js';
import { TrendChart } from './TrendChart.js';
import { ReportState } from './Unavailable.js';

const day = (d: Date) => d.toISOString().slice(0, 10);
const weekAgo = () => day(new Date(Date.now() - 6 * 86_400_000));

/** Dashboard tiles, trends, the team and one agent's weekly or monthly report (docs/api.md §4.11). */
export default function Reports() {
  const [from, setFrom] = useState(weekAgo);
  const [to, setTo] = useState(() => day(new Date()));
  const [interval, setInterval] = useState('day');
  const [agentId, setAgentId] = useState('');
  const [period, setPeriod] = useState('weekly');
  const range = { from, to };
  const dashboard = useReport('/api/reports/dashboard', {});
  const trends = useReport('/api/reports/trends', { ...range, interval });
  const team = useReport('/api/reports/team', range);
  const agent = useReport(`/api/reports/agents/${agentId}`, { period }, Boolean(agentId));
  const workers = (useDirectory().data ?? []).filter((u) => u.role === 'agent' || u.role === 'supervisor');
  const tiles = Object.entries((dashboard.data ?? {}) as Record<string, unknown>).filter(
    ([, v]) => typeof v === 'number',
  );
  const teamRows = rowsOf(team.data);
  // Without the reporting service every section would say so: one notice is enough.
  const missing = isUnavailable(dashboard.error);

  return (
    <section className="reports" aria-labelledby="reports-title">
      <header className="queue-head">
        <h2 id="reports-title">Reports</h2>
        <div className="filters">
          <label>
            From <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label>
            Interval
            <select value={interval} onChange={(e) => setInterval(e.target.value)}>
              <option value="hour">Hour</option>
              <option value="day">Day</option>
              <option value="week">Week</option>
            </select>
          </label>
        </div>
      </header>
      <ExportActions from={from} to={to} agentId={agentId || undefined} />
      {missing && <ReportState query={dashboard} />}
      <div hidden={missing}>
        <h3>Today</h3>
        <ReportState query={dashboard} />
        {tiles.length > 0 && (
          <ul className="tiles">
            {tiles.map(([k, v]) => (
              <li key={k}>
                <strong>{formatNumber(v)}</strong> {humanize(k)}
              </li>
            ))}
          </ul>
        )}

        <h3>Trends</h3>
        <ReportState query={trends} />
        {trends.data !== undefined && <TrendChart rows={rowsOf(trends.data)} label="Ticket trends" />}
        <StatsTable stats={statsOf(totalsOf(trends.data))} caption="Over the period" />

        <h3>Team</h3>
        <ReportState query={team} />
        {team.data !== undefined && <TeamTable rows={teamRows} />}
        <StatsTable stats={statsOf(totalsOf(team.data))} caption="Team totals" />

        <h3>Agent report</h3>
        <div className="filters">
          <label>
            Agent
            <select value={agentId} onChange={(e) => setAgentId(e.target.value)}>
              <option value="">Choose an agent…</option>
              {workers.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName}
                </option>
              ))}
            </select>
          </label>
          <label>
            Period
            <select value={period} onChange={(e) => setPeriod(e.target.value)}>
              <option value="weekly">Weekly</option>
              <option value="monthly">Monthly</option>
            </select>
          </label>
        </div>
        {agentId && <ReportState query={agent} />}
        {agentId && agent.data !== undefined && (
          <>
            <TrendChart rows={rowsOf(agent.data)} label="Agent per day" />
            <StatsTable stats={statsOf(totalsOf(agent.data))} caption="Totals for the period" />
          </>
        )}
      </div>
    </section>
  );
}

function TeamTable({ rows }: { rows: Record<string, unknown>[] }) {
  const names = new Map((useDirectory().data ?? []).map((u) => [u.id, u.fullName]));
  const columns = Object.keys(rows[0] ?? {}).filter((k) => typeof rows[0]?.[k] === 'number');
  if (!rows.length) return <p className="empty">No team activity in this period.</p>;
  return (
    <table className="grid compact">
      <thead>
        <tr>
          <th scope="col">Agent</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {humanize(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          // The team report nests each row's person as `agent: {id, fullName}` (docs/reporting.md).
          const who = (typeof r.agent === 'object' && r.agent ? r.agent : {}) as {
            id?: unknown;
            fullName?: unknown;
          };
          const id = String(r.agentId ?? who.id ?? i);
          return (
            <tr key={id}>
              <th scope="row">{names.get(id) ?? String(r.fullName ?? who.fullName ?? r.agentId ?? '—')}</th>
              {columns.map((c) => (
                <td key={c}>{formatNumber(r[c])}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
