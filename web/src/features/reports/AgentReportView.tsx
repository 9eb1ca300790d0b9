import { useTranslation } from 'react-i18next';
import { useReport } from './api.js';
import { formatPeriod } from './format.js';
import type { AgentDay, AgentReport } from './metrics.js';
import { metricLinesOf } from './metrics.js';
import { StatsTable } from './StatsTable.js';
import { TrendChart } from './TrendChart.js';
import { ReportState } from './Unavailable.js';

const date = (d: AgentDay) => d.date;

/** One agent's report over the period on screen: totals with median and p90, and two charts per day. */
export function AgentReportView({ agentId, from, to }: { agentId: string; from: string; to: string }) {
  const { t } = useTranslation('reports');
  const query = useReport(`/api/reports/agents/${agentId}`, { from, to });
  const report = query.data as AgentReport | undefined;
  return (
    <>
      <ReportState query={query} />
      {report && (
        <>
          <p>
            <strong>{report.agent.fullName}</strong> ·{' '}
            {t('agentSummary', {
              period: formatPeriod(report.period.from, report.period.to),
              timeZone: report.period.timeZone,
              level: t(`level.${report.performanceLevel ?? 'none'}`),
            })}
          </p>
          <TrendChart
            label={t('charts.perDay')}
            unit="count"
            rows={report.days}
            x={date}
            series={[
              { name: t('metrics.resolved'), value: (d) => d.ticketsResolved },
              { name: t('metrics.handled'), value: (d) => d.ticketsHandled },
              { name: t('metrics.messages'), value: (d) => d.messagesSent },
            ]}
          />
          <TrendChart
            label={t('charts.timePerDay')}
            unit="duration"
            rows={report.days}
            x={date}
            series={[
              { name: t('charts.worked'), value: (d) => d.workedSeconds },
              { name: t('charts.online'), value: (d) => d.onlineSeconds },
              { name: t('charts.break'), value: (d) => d.breakSeconds },
              { name: t('charts.aht'), value: (d) => d.handleTime.avg },
            ]}
          />
          <StatsTable lines={metricLinesOf(report.totals)} caption={t('stats.agentTotals')} />
        </>
      )}
    </>
  );
}
