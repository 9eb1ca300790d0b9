import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnavailable } from '../../lib/api.js';
import { useDirectory } from '../agents/api.js';
import { AgentReportView } from './AgentReportView.js';
import { useReport } from './api.js';
import { ExportActions } from './ExportActions.js';
import { formatters } from './format.js';
import {
  type Dashboard,
  dashboardTilesOf,
  metricLinesOf,
  type TeamReport,
  type TrendBucket,
  type Trends,
} from './metrics.js';
import { PeriodPicker } from './PeriodPicker.js';
import { StatsTable } from './StatsTable.js';
import { TeamTable } from './TeamTable.js';
import { TrendChart } from './TrendChart.js';
import { ReportState } from './Unavailable.js';
import { usePeriod } from './use-period.js';

const label = (b: TrendBucket) => b.label;

/** Dashboard tiles, trends, the team and one agent's report over the period on screen (docs/api.md §4.11). */
export default function Reports() {
  const { t } = useTranslation('reports');
  const period = usePeriod();
  const [interval, setInterval] = useState('day');
  const [agentId, setAgentId] = useState('');
  const range = { from: period.from, to: period.to };
  const dashboard = useReport('/api/reports/dashboard', {});
  const trends = useReport('/api/reports/trends', { ...range, interval });
  const team = useReport('/api/reports/team', range);
  const workers = (useDirectory().data ?? []).filter((u) => u.role === 'agent' || u.role === 'supervisor');
  const buckets = (trends.data as Trends | undefined)?.buckets;
  const teamReport = team.data as TeamReport | undefined;
  // Without the reporting service every section would say so: one notice is enough.
  const missing = isUnavailable(dashboard.error);

  return (
    <section className="reports" aria-labelledby="reports-title">
      <header className="queue-head">
        <h2 id="reports-title">{t('title')}</h2>
        <div className="filters">
          <PeriodPicker period={period} />
          <label>
            {t('interval.label')}
            <select value={interval} onChange={(e) => setInterval(e.target.value)}>
              <option value="hour">{t('interval.hour')}</option>
              <option value="day">{t('interval.day')}</option>
              <option value="week">{t('interval.week')}</option>
            </select>
          </label>
        </div>
      </header>
      <ExportActions from={period.from} to={period.to} agentId={agentId || undefined} />
      {missing && <ReportState query={dashboard} />}
      <div hidden={missing}>
        <h3>{t('today')}</h3>
        <ReportState query={dashboard} />
        {dashboard.data !== undefined && (
          <ul className="tiles" aria-label={t('today')}>
            {dashboardTilesOf(dashboard.data as Dashboard).map((tile) => (
              <li key={tile.label}>
                <strong>{formatters[tile.unit](tile.value)}</strong> {t(tile.label)}
              </li>
            ))}
          </ul>
        )}

        <h3>{t('trends')}</h3>
        <ReportState query={trends} />
        {buckets && (
          <div className="charts">
            <TrendChart
              label={t('charts.volume')}
              unit="count"
              rows={buckets}
              x={label}
              series={[
                { name: t('charts.created'), value: (b) => b.ticketsCreated },
                { name: t('charts.resolved'), value: (b) => b.ticketsResolved },
                { name: t('charts.backlog'), value: (b) => b.backlog },
              ]}
            />
            <TrendChart
              label={t('charts.times')}
              unit="duration"
              rows={buckets}
              x={label}
              series={[
                { name: t('charts.firstResponseAvg'), value: (b) => b.firstResponseTime.avg },
                { name: t('charts.resolutionAvg'), value: (b) => b.resolutionTime.avg },
              ]}
            />
          </div>
        )}

        <h3>{t('team')}</h3>
        <ReportState query={team} />
        {teamReport && (
          <>
            <StatsTable lines={metricLinesOf(teamReport.totals)} caption={t('stats.teamTotals')} />
            <TeamTable rows={teamReport.agents} />
          </>
        )}

        <h3>{t('agentReport')}</h3>
        <div className="filters">
          <label>
            {t('agent')}
            <select value={agentId} onChange={(e) => setAgentId(e.target.value)}>
              <option value="">{t('chooseAgent')}</option>
              {workers.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName}
                </option>
              ))}
            </select>
          </label>
        </div>
        {agentId && <AgentReportView agentId={agentId} from={period.from} to={period.to} />}
      </div>
    </section>
  );
}
