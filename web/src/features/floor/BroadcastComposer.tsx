import type { Role } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { Pager } from '../../components/Pager.js';
import { dateTimeOf, Failure, Grid, QueryState } from '../../components/ui.js';
import { useDirectory } from '../agents/api.js';
import { type Audience, useBroadcasts, useSendBroadcast } from './api.js';

const roles: Role[] = ['agent', 'supervisor', 'admin', 'viewer'];

/** Supervisors write to everyone, a role, a department or chosen agents; below, what was sent. */
export function BroadcastComposer({ canSend }: { canSend: boolean }) {
  const [message, setMessage] = useState('');
  const [type, setType] = useState<Audience['type']>('all');
  const [value, setValue] = useState('');
  const [agents, setAgents] = useState<string[]>([]);
  const send = useSendBroadcast();
  const [page, setPage] = useState(1);
  const sent = useBroadcasts(page);
  const directory = useDirectory();
  const departments = [...new Set((directory.data ?? []).map((u) => u.department))].sort();
  const audience: Audience =
    type === 'all' ? { type } : type === 'agents' ? { type, value: agents } : { type, value: value || null };
  const ready = message.trim() && (type === 'all' || (type === 'agents' ? agents.length > 0 : value));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    send.mutate({ message: message.trim(), audience }, { onSuccess: () => setMessage('') });
  };

  return (
    <section aria-labelledby="broadcast-title">
      <h2 id="broadcast-title">Broadcasts</h2>
      {canSend && (
        <form className="card form" onSubmit={submit}>
          <label>
            Message
            <textarea
              rows={3}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </label>
          <div className="form-row">
            <label>
              Audience
              <select value={type} onChange={(e) => setType(e.target.value as Audience['type'])}>
                <option value="all">Everyone</option>
                <option value="role">A role</option>
                <option value="department">A department</option>
                <option value="agents">Chosen agents</option>
              </select>
            </label>
            {type === 'role' && (
              <label>
                Role
                <select value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">Choose…</option>
                  {roles.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </label>
            )}
            {type === 'department' && (
              <label>
                Department
                <select value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">Choose…</option>
                  {departments.map((d) => (
                    <option key={d}>{d}</option>
                  ))}
                </select>
              </label>
            )}
            {type === 'agents' && (
              <label>
                Agents
                <select
                  multiple
                  value={agents}
                  onChange={(e) => setAgents([...e.target.selectedOptions].map((o) => o.value))}
                >
                  {(directory.data ?? []).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.fullName}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <div className="form-actions">
            {send.isError && <Failure error={send.error} />}
            {send.isSuccess && <span role="status">Sent.</span>}
            <button type="submit" className="primary" disabled={!ready || send.isPending}>
              Send broadcast
            </button>
          </div>
        </form>
      )}
      <h3>Sent</h3>
      <QueryState query={sent} empty={(sent.data?.data ?? []).length === 0} emptyText="Nothing sent yet.">
        <Grid columns={['Message', 'Audience', 'Sent', 'Acknowledged']}>
          {(sent.data?.data ?? []).map((b) => (
            <tr key={b.id}>
              <td>{b.message}</td>
              <td>
                {b.audience.type}
                {typeof b.audience.value === 'string' ? `: ${b.audience.value}` : ''}
              </td>
              <td>{dateTimeOf(b.sentAt)}</td>
              <td>
                {b.acknowledgedCount ?? 0} / {b.recipientCount ?? 0}
              </td>
            </tr>
          ))}
        </Grid>
      </QueryState>
      <Pager
        label="Sent broadcast pages"
        page={page}
        totalPages={sent.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
