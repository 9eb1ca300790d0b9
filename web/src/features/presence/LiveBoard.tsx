import { Link } from 'react-router';
import { Badge, Grid, QueryState, timeOf } from '../../components/ui.js';
import { useDirectory } from '../agents/api.js';
import { usePresence } from './api.js';
import { activityLabel, availabilityLabel, onlineLabel } from './labels.js';

/** Every agent's presence, live from agent_online / agent_offline / agent_status_change. */
export function LiveBoard() {
  const board = usePresence();
  const directory = useDirectory();
  const users = new Map((directory.data ?? []).map((u) => [u.id, u]));
  const rows = [...(board.data ?? [])].sort((a, b) =>
    (users.get(a.agentId)?.fullName ?? '').localeCompare(users.get(b.agentId)?.fullName ?? ''),
  );
  const count = (f: (e: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">Live agent board</h2>
      <ul className="tiles" aria-label="Totals">
        <li>
          <strong>{count((e) => e.onlineStatus !== 'offline')}</strong> online
        </li>
        <li>
          <strong>{count((e) => e.availability === 'available')}</strong> available
        </li>
        <li>
          <strong>{count((e) => e.activity === 'break')}</strong> on break
        </li>
        <li>
          <strong>{count((e) => e.activity === 'on_call')}</strong> on a call
        </li>
      </ul>
      <QueryState query={board} empty={rows.length === 0} emptyText="No agents in this tenant yet.">
        <Grid
          columns={['Agent', 'Status', 'Activity', 'Availability', 'Since', 'Open tickets', 'Tabs', 'Report']}
        >
          {rows.map((e) => {
            const user = users.get(e.agentId);
            return (
              <tr key={e.agentId} data-testid={`board-${user?.email ?? e.agentId}`}>
                <th scope="row">
                  {user?.fullName ?? '…'}
                  <small>{user?.department}</small>
                </th>
                <td>
                  <Badge tone={`online-${e.onlineStatus}`}>{onlineLabel[e.onlineStatus]}</Badge>
                </td>
                <td>
                  <Badge tone={`activity-${e.activity}`}>{activityLabel[e.activity]}</Badge>
                </td>
                <td>{availabilityLabel[e.availability]}</td>
                <td>{timeOf(e.since)}</td>
                <td>
                  {e.openTickets}
                  {e.capacity !== null ? ` / ${e.capacity}` : ''}
                </td>
                <td>{e.connections}</td>
                <td>
                  <Link
                    to={`/console/reports/agents/${e.agentId}`}
                    aria-label={`Open report of ${user?.fullName ?? 'agent'}`}
                  >
                    Open report
                  </Link>
                </td>
              </tr>
            );
          })}
        </Grid>
      </QueryState>
    </section>
  );
}
