import type { Agent } from '@switchboard/contracts';
import { useState } from 'react';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, Failure, Grid, QueryState } from '../../components/ui.js';
import { AgentForm } from './AgentForm.js';
import { useAgentMutations, useAgents } from './api.js';
import { BulkBar } from './BulkBar.js';

/** Search, create, edit, bulk-update and deactivate the tenant's users (docs/api.md §4.2, §8.2). */
export function AgentManagement() {
  const me = useMe();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('active');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Agent | 'new' | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const agents = useAgents({ search: search.trim() || undefined, role, status, page });
  const { deactivate } = useAgentMutations();
  const canEdit = me.role === 'admin' || me.role === 'supervisor';
  const isAdmin = me.role === 'admin';
  const list = agents.data?.data ?? [];
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <section aria-labelledby="agents-title">
      <header className="queue-head">
        <h2 id="agents-title">
          Agents <span className="count">{agents.data?.meta.total ?? ''}</span>
        </h2>
        <div className="filters">
          <label>
            <span className="sr-only">Search agents</span>
            <input
              type="search"
              placeholder="Search name, email…"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
            />
          </label>
          <label>
            <span className="sr-only">Role</span>
            <select
              value={role}
              onChange={(e) => {
                setRole(e.target.value);
                setPage(1);
              }}
            >
              <option value="">Any role</option>
              <option value="agent">Agents</option>
              <option value="supervisor">Supervisors</option>
              <option value="admin">Admins</option>
              <option value="viewer">Viewers</option>
            </select>
          </label>
          <label>
            <span className="sr-only">Account status</span>
            <select
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                setPage(1);
              }}
            >
              <option value="active">Active</option>
              <option value="inactive">Inactive</option>
              <option value="">All</option>
            </select>
          </label>
          {isAdmin && (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              New agent
            </button>
          )}
        </div>
      </header>
      {editing && (
        <AgentForm agent={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      )}
      {canEdit && selected.length > 0 && <BulkBar ids={selected} onDone={() => setSelected([])} />}
      {deactivate.isError && <Failure error={deactivate.error} />}
      <QueryState query={agents} empty={list.length === 0} emptyText="No agents match.">
        <Grid
          columns={[
            canEdit && { label: 'Select', className: 'select-col' },
            'Name',
            'Email',
            'Role',
            'Department',
            'Status',
            canEdit && 'Actions',
          ]}
        >
          {list.map((u) => (
            <tr key={u.id}>
              {canEdit && (
                <td className="select-col">
                  <input
                    type="checkbox"
                    aria-label={`Select ${u.fullName}`}
                    checked={selected.includes(u.id)}
                    onChange={() => toggle(u.id)}
                  />
                </td>
              )}
              <th scope="row">{u.fullName}</th>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.department}</td>
              <td>
                <Badge tone={u.isActive ? `online-${u.onlineStatus}` : 'muted'}>
                  {u.isActive ? u.onlineStatus : 'inactive'}
                </Badge>
              </td>
              {canEdit && (
                <td className="actions">
                  <button type="button" onClick={() => setEditing(u)}>
                    Edit
                  </button>
                  {isAdmin && u.isActive && u.id !== me.id && (
                    <button
                      type="button"
                      className="danger"
                      disabled={deactivate.isPending}
                      onClick={() => window.confirm(`Deactivate ${u.fullName}?`) && deactivate.mutate(u.id)}
                    >
                      Deactivate
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
