import { Link, Route, Routes, useParams } from 'react-router';
import { Empty } from '../components/ui.js';
import { BroadcastInbox } from '../features/floor/BroadcastInbox.js';
import { StatusControls } from '../features/presence/StatusControls.js';
import { NewTicket } from '../features/tickets/NewTicket.js';
import { TicketList } from '../features/tickets/TicketList.js';
import { TicketView } from '../features/tickets/TicketView.js';
import { useMe } from './auth-context.js';
import { TopBar } from './TopBar.js';

function OpenTicket() {
  const { ticketId } = useParams();
  return ticketId ? <TicketView key={ticketId} ticketId={ticketId} /> : null;
}

/** The agent's desk: queues on the left, the open ticket in the middle, broadcasts on the right. */
export function AgentPortal() {
  const me = useMe();
  return (
    <div className="shell">
      <TopBar title="Agent portal">
        <StatusControls />
      </TopBar>
      <main className="agent-layout">
        <div className="queues">
          <Link to="/agent/new" className="button primary">
            New ticket
          </Link>
          <TicketList
            title="My tickets"
            base="/agent/tickets"
            fixed={{ assigneeId: me.id }}
            emptyText="No tickets assigned to you."
          />
          <TicketList
            title="Unassigned"
            base="/agent/tickets"
            fixed={{ assigneeId: 'none' }}
            emptyText="The unassigned queue is empty."
          />
        </div>
        <div className="workspace">
          <Routes>
            <Route path="tickets/:ticketId" element={<OpenTicket />} />
            <Route path="new" element={<NewTicket base="/agent/tickets" />} />
            <Route path="*" element={<Empty>Choose a ticket from a queue.</Empty>} />
          </Routes>
        </div>
        <BroadcastInbox />
      </main>
    </div>
  );
}
