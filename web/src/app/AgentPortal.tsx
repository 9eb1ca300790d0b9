import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { Empty, Loading } from '../components/ui.js';
import { CustomersPage } from '../features/customers/CustomersPage.js';
import { BroadcastInbox } from '../features/floor/BroadcastInbox.js';
import { StatusControls } from '../features/presence/StatusControls.js';
import { NewTicket } from '../features/tickets/NewTicket.js';
import { TicketList } from '../features/tickets/TicketList.js';
import { TicketView } from '../features/tickets/TicketView.js';
import { useMe } from './auth-context.js';
import { MAIN_ID, TopBar } from './TopBar.js';

const CannedSettings = lazy(() => import('../features/canned/CannedSettings.js'));

function OpenTicket() {
  const { ticketId } = useParams();
  return ticketId ? <TicketView key={ticketId} ticketId={ticketId} /> : null;
}

/** The agent's desk: queues on the left, the open ticket in the middle, broadcasts on the right. */
export function AgentPortal() {
  const me = useMe();
  const { t } = useTranslation('shell');
  return (
    <div className="shell">
      <TopBar title={t('agentPortal')}>
        <StatusControls />
      </TopBar>
      <main className="agent-layout" id={MAIN_ID} tabIndex={-1}>
        <div className="queues">
          <Link to="/agent/new" className="button primary">
            {t('newTicket')}
          </Link>
          <Link to="/agent/canned" className="button">
            {t('canned:myResponses')}
          </Link>
          <Link to="/agent/customers" className="button">
            {t('customers')}
          </Link>
          <TicketList
            title={t('myTickets')}
            base="/agent/tickets"
            fixed={{ assigneeId: me.id }}
            emptyText={t('noneAssigned')}
          />
          <TicketList
            title={t('unassigned')}
            base="/agent/tickets"
            fixed={{ assigneeId: 'none' }}
            emptyText={t('unassignedEmpty')}
          />
        </div>
        <div className="workspace">
          <Routes>
            <Route path="tickets/:ticketId" element={<OpenTicket />} />
            <Route path="new" element={<NewTicket base="/agent/tickets" />} />
            <Route
              path="canned"
              element={
                <Suspense fallback={<Loading />}>
                  <CannedSettings />
                </Suspense>
              }
            />
            <Route path="customers/*" element={<CustomersPage />} />
            <Route path="*" element={<Empty>{t('chooseTicket')}</Empty>} />
          </Routes>
        </div>
        <BroadcastInbox />
      </main>
    </div>
  );
}
