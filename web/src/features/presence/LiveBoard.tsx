import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Grid, QueryState, timeOf } from '../../components/ui.js';
import { useDirectory } from '../agents/api.js';
import { usePresence } from './api.js';

const columns = ['agent', 'status', 'activity', 'availability', 'since', 'openTickets', 'tabs', 'report'];

/** Every agent's presence, live from agent_online / agent_offline / agent_status_change. */
export function LiveBoard() {
  const { t } = useTranslation('presence');
  const board = usePresence();
  const directory = useDirectory();
  const users = new Map((directory.data ?? []).map((u) => [u.id, u]));
  const rows = [...(board.data ?? [])].sort((a, b) =>
    (users.get(a.agentId)?.fullName ?? '').localeCompare(users.get(b.agentId)?.fullName ?? ''),
  );
  const count = (f: (e: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">{t('board.title')}</h2>
      <ul className="tiles" aria-label={t('board.totals')}>
        <li>
          <strong>{count((e) => e.onlineStatus !== 'offline')}</strong> {t('board.online')}
        </li>
        <li>
          <strong>{count((e) => e.availability === 'available')}</strong> {t('board.available')}
        </li>
        <li>
          <strong>{count((e) => e.activity === 'break')}</strong> {t('board.onBreak')}
        </li>
        <li>
          <strong>{count((e) => e.activity === 'on_call')}</strong> {t('board.onCall')}
        </li>
      </ul>
      <QueryState query={board} empty={rows.length === 0} emptyText={t('board.empty')}>
        <Grid columns={columns.map((c) => t(`board.columns.${c}`))}>
          {rows.map((e) => {
            const user = users.get(e.agentId);
            return (
              <tr key={e.agentId} data-testid={`board-${user?.email ?? e.agentId}`}>
                <th scope="row">
                  {user?.fullName ?? '…'}
                  <small>{user?.department}</small>
                </th>
                <td>
                  <Badge tone={`online-${e.onlineStatus}`}>{t(`online.${e.onlineStatus}`)}</Badge>
                </td>
                <td>
                  <Badge tone={`activity-${e.activity}`}>{t(`activity.${e.activity}`)}</Badge>
                </td>
                <td>{t(`availability.${e.availability}`)}</td>
                <td>{timeOf(e.since)}</td>
                <td>
                  {e.openTickets}
                  {e.capacity !== null ? ` / ${e.capacity}` : ''}
                </td>
                <td>{e.connections}</td>
                <td>
                  <Link
                    to={`/console/reports/agents/${e.agentId}`}
                    aria-label={t('board.openReportOf', { name: user?.fullName ?? t('board.anAgent') })}
                  >
                    {t('board.openReport')}
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
