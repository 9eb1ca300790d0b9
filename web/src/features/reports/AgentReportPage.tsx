import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgentReportView } from './AgentReportView.js';
import { ExportActions } from './ExportActions.js';
import { PeriodPicker } from './PeriodPicker.js';
import { usePeriod } from './use-period.js';

/** /console/reports/agents/:agentId, opened from the live board's agent row ("Open report"). */
export default function AgentReportPage() {
  const { agentId = '' } = useParams();
  const { t } = useTranslation('reports');
  const period = usePeriod();
  return (
    <section className="reports" aria-labelledby="agent-report-title">
      <header className="queue-head">
        <h2 id="agent-report-title">{t('agentReport')}</h2>
        <div className="filters">
          <PeriodPicker period={period} />
          <Link to="/console/reports">{t('allReports')}</Link>
        </div>
      </header>
      <ExportActions from={period.from} to={period.to} agentId={agentId} />
      <AgentReportView agentId={agentId} from={period.from} to={period.to} />
    </section>
  );
}
