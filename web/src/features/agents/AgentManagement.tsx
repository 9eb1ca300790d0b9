import type { Agent } from '@switchboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, Failure, Grid, QueryState } from '../../components/ui.js';
import { AgentForm } from './AgentForm.js';
import { AgentWorkload } from './AgentWorkload.js';
import { useAgentMutations, useAgents } from './api.js';
import { BulkBar } from './BulkBar.js';

type Panel = { kind: 'new' } | { kind: 'edit' | 'workload'; agent: Agent } | null;

/**
 * Search, create, edit, bulk-update and deactivate the tenant's users (docs/api.md §4.2, §8.2),
 * and set each one's capacity and skills for automatic assignment (§4.5).
 */
export function AgentManagement() {
  const { t } = useTranslation('agents');
  const me = useMe();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('active');
  const [page, setPage] = useState(1);
  const [panel, setPanel] = useState<Panel>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const agents = useAgents({ search: search.trim() || undefined, role, status, page });
  const { deactivate } = useAgentMutations();
  const canEdit = me.role === 'admin' || me.role === 'supervisor';
  const isAdmin = me.role === 'admin';
  const list = agents.data?.data ?? [];
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const filter = (set: (value: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setPage(1);
  };
  const close = () => setPanel(null);

  return (
    <section aria-labelledby="agents-title">
      <header className="queue-head">
        <h2 id="agents-title">
          {t('title')} <span className="count">{agents.data?.meta.total ?? ''}</span>
        </h2>
        <div className="filters">
          <label>
            <span className="sr-only">{t('filters.search')}</span>
            <input
              type="search"
              placeholder={t('filters.searchPlaceholder')}
              value={search}
              onChange={filter(setSearch)}
            />
          </label>
          <label>
            <span className="sr-only">{t('fields.role')}</span>
            <select value={role} onChange={filter(setRole)}>
              <option value="">{t('filters.anyRole')}</option>
              <option value="agent">{t('filters.agents')}</option>
              <option value="supervisor">{t('filters.supervisors')}</option>
              <option value="admin">{t('filters.admins')}</option>
              <option value="viewer">{t('filters.viewers')}</option>
            </select>
          </label>
          <label>
            <span className="sr-only">{t('filters.status')}</span>
            <select value={status} onChange={filter(setStatus)}>
              <option value="active">{t('filters.active')}</option>
              <option value="inactive">{t('filters.inactive')}</option>
              <option value="">{t('filters.all')}</option>
            </select>
          </label>
          {isAdmin && (
            <button type="button" className="primary" onClick={() => setPanel({ kind: 'new' })}>
              {t('newAgent')}
            </button>
          )}
        </div>
      </header>
      {panel?.kind === 'new' && <AgentForm onDone={close} />}
      {panel?.kind === 'edit' && <AgentForm key={panel.agent.id} agent={panel.agent} onDone={close} />}
      {panel?.kind === 'workload' && (
        <AgentWorkload key={panel.agent.id} agent={panel.agent} onDone={close} />
      )}
      {canEdit && selected.length > 0 && <BulkBar ids={selected} onDone={() => setSelected([])} />}
      {deactivate.isError && <Failure error={deactivate.error} />}
      <QueryState query={agents} empty={list.length === 0} emptyText={t('empty')}>
        <Grid
          columns={[
            canEdit && { label: t('columns.select'), className: 'select-col' },
            t('columns.name'),
            t('columns.email'),
            t('columns.role'),
            t('columns.department'),
            t('columns.status'),
            canEdit && t('columns.actions'),
          ]}
        >
          {list.map((u) => (
            <tr key={u.id}>
              {canEdit && (
                <td className="select-col">
                  <input
                    type="checkbox"
                    aria-label={t('actions.select', { name: u.fullName })}
                    checked={selected.includes(u.id)}
                    onChange={() => toggle(u.id)}
                  />
                </td>
              )}
              <th scope="row">{u.fullName}</th>
              <td>{u.email}</td>
              <td>{t(`common:roles.${u.role}`)}</td>
              <td>{u.department}</td>
              <td>
                <Badge tone={u.isActive ? `online-${u.onlineStatus}` : 'muted'}>
                  {u.isActive ? t(`online.${u.onlineStatus}`) : t('filters.inactive')}
                </Badge>
              </td>
              {canEdit && (
                <td className="actions">
                  <button
                    type="button"
                    aria-label={t('actions.editOf', { name: u.fullName })}
                    onClick={() => setPanel({ kind: 'edit', agent: u })}
                  >
                    {t('actions.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('actions.workloadOf', { name: u.fullName })}
                    onClick={() => setPanel({ kind: 'workload', agent: u })}
                  >
                    {t('actions.workload')}
                  </button>
                  {isAdmin && u.isActive && u.id !== me.id && (
                    <button
                      type="button"
                      className="danger"
                      disabled={deactivate.isPending}
                      onClick={() =>
                        window.confirm(t('actions.confirmDeactivate', { name: u.fullName })) &&
                        deactivate.mutate(u.id)
                      }
                    >
                      {t('actions.deactivate')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </Grid>
        <Pager page={page} totalPages={agents.data?.meta.totalPages ?? 1} onPage={setPage} />
      </QueryState>
    </section>
  );
}
