import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { Loading } from '../components/ui.js';
import { AgentManagement } from '../features/agents/AgentManagement.js';
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
import { TopBar } from './TopBar.js';

// Charts are the heaviest code: loaded when the Reports tab opens.
const Reports = lazy(() => import('../features/reports/Reports.js'));
const AgentReportPage = lazy(() => import('../features/reports/AgentReportPage.js'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.js'));

const tabs = [
  ['board', 'Live board'],
  ['queue', 'Queue'],
  ['approvals', 'Approvals'],
  ['breaches', 'SLA breaches'],
  ['agents', 'Agents'],
  ['broadcasts', 'Broadcasts'],
  ['help', 'Help requests'],
  ['reports', 'Reports'],
  ['jobs', 'Job status'],
  ['settings', 'Settings'],
] as const;

/** Supervisors' and admins' console; viewers see the same tabs without the actions. */
export function SupervisorConsole() {
  const me = useMe();
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
      <TopBar title={manages ? 'Supervisor console' : 'Read-only console'} />
      <nav className="tabs" aria-label="Console">
        {tabs
          .filter(([id]) => manages || (id !== 'approvals' && id !== 'help'))
          .filter(([id]) => id !== 'settings' || sectionsFor(me.role).length > 0)
          .map(([id, label]) => (
            <NavLink key={id} to={`/console/${id}`}>
              {label}
              {counts[id] ? <span className="tab-count">{counts[id]}</span> : null}
            </NavLink>
          ))}
      </nav>
      <main className="console">
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="board" element={<LiveBoard />} />
            <Route path="queue" element={<QueueOverview />} />
            <Route path="queue/new" element={<QueueOverview creating />} />
            <Route path="queue/:ticketId" element={<QueueOverview />} />
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
