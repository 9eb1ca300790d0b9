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
  const query = useReport(`/api/reports/agents/${agentId}`, { from, to });
  const report = query.data as AgentReport | undefined;
  return (
    <>
      <ReportState query={query} />
      {report && (
        <>
          <p>
            <strong>{report.agent.fullName}</strong> · {formatPeriod(report.period.from, report.period.to)} (
            {report.period.timeZone}) · performance level: {report.performanceLevel ?? 'not measured yet'}
          </p>
          <TrendChart
            label="Tickets and messages per day"
            unit="count"
            rows={report.days}
            x={date}
            series={[
              { name: 'Tickets resolved', value: (d) => d.ticketsResolved },
              { name: 'Tickets handled', value: (d) => d.ticketsHandled },
              { name: 'Messages sent', value: (d) => d.messagesSent },
            ]}
          />
          <TrendChart
            label="Time per day"
            unit="duration"
            rows={report.days}
            x={date}
            series={[
              { name: 'Worked', value: (d) => d.workedSeconds },
              { name: 'Online', value: (d) => d.onlineSeconds },
              { name: 'Break', value: (d) => d.breakSeconds },
              { name: 'Average handle time', value: (d) => d.handleTime.avg },
            ]}
          />
          <StatsTable lines={metricLinesOf(report.totals)} caption="Agent totals for the period" />
        </>
      )}
    </>
  );
}
