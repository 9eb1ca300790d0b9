import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { Loading } from '../components/ui.js';
import { AgentManagement } from '../features/agents/AgentManagement.js';
import { CustomersPage } from '../features/customers/CustomersPage.js';
import { useHelpRequests } from '../features/floor/api.js';
import { BroadcastComposer } from '../features/floor/BroadcastComposer.js';
import { HelpRequests } from '../features/floor/HelpRequests.js';
import { LiveBoard } from '../features/presence/LiveBoard.js';
import { JobStatus } from '../features/reports/JobStatus.js';
import { sectionsFor } from '../features/settings/sections.js';
import { Approvals, approvalsQuery } from '../features/sla/Approvals.js';
import { Breaches } from '../features/sla/Breaches.js';
import { QueueOverview } from '../features/sla/QueueOverview.js';
import { useTickets } from '../features/tickets/api.js';
import { useMe } from './auth-context.js';
import { MAIN_ID, TopBar } from './TopBar.js';

// Charts are the heaviest code: loaded when the Reports tab opens.
const Reports = lazy(() => import('../features/reports/Reports.js'));
const AgentReportPage = lazy(() => import('../features/reports/AgentReportPage.js'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.js'));

/** The console's tabs, in order; each one's label is `shell:tabs.<id>`. */
const tabs = [
  'board',
  'queue',
  'customers',
  'approvals',
  'breaches',
  'agents',
  'broadcasts',
  'help',
  'reports',
  'jobs',
  'settings',
] as const;

/** Supervisors' and admins' console; viewers see the same tabs without the actions. */
export function SupervisorConsole() {
  const me = useMe();
  const { t } = useTranslation('shell');
  const manages = me.role === 'supervisor' || me.role === 'admin';
  // The same queries as the Approvals and Help tabs, so their counts stay live on every tab.
  const approvals = useTickets({ ...approvalsQuery, page: 1 }, manages);
  const help = useHelpRequests('open', 1, manages);
  const counts: Record<string, number | undefined> = {
    approvals: approvals.data?.meta.total,
    help: help.data?.meta.total,
  };
  return (
    <div className="shell">
      <TopBar title={t(manages ? 'supervisorConsole' : 'readOnlyConsole')} />
      <nav className="tabs" aria-label={t('consoleNav')}>
        {tabs
          .filter((id) => manages || (id !== 'approvals' && id !== 'help'))
          .filter((id) => id !== 'settings' || sectionsFor(me.role).length > 0)
          .map((id) => (
            <NavLink key={id} to={`/console/${id}`}>
              {t(`tabs.${id}`)}
              {counts[id] ? (
                <span className="tab-count">
                  <span aria-hidden="true">{counts[id]}</span>
                  <span className="sr-only">{t('tabCount', { count: counts[id] })}</span>
                </span>
              ) : null}
            </NavLink>
          ))}
      </nav>
      <main className="console" id={MAIN_ID} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="board" element={<LiveBoard />} />
            <Route path="queue" element={<QueueOverview />} />
            <Route path="queue/new" element={<QueueOverview creating />} />
            <Route path="queue/:ticketId" element={<QueueOverview />} />
            <Route path="customers/*" element={<CustomersPage />} />
            <Route path="approvals" element={<Approvals />} />
            <Route path="breaches" element={<Breaches canAutomate={manages} />} />
            <Route path="agents" element={<AgentManagement />} />
            <Route path="broadcasts" element={<BroadcastComposer canSend={manages} />} />
            <Route path="help" element={<HelpRequests canAct={manages} />} />
            <Route path="reports" element={<Reports />} />
            <Route path="reports/agents/:agentId" element={<AgentReportPage />} />
            <Route path="jobs" element={<JobStatus canRetry={manages} />} />
            <Route path="settings/*" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="board" replace />} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}
