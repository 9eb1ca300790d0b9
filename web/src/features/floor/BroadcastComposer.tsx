import type { Role } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.js';
import { dateTimeOf, Failure, Grid, QueryState } from '../../components/ui.js';
import { useDirectory } from '../agents/api.js';
import { type Audience, useBroadcasts, useSendBroadcast } from './api.js';

const roles: Role[] = ['agent', 'supervisor', 'admin', 'viewer'];

/** Supervisors write to everyone, a role, a department or chosen agents; below, what was sent. */
export function BroadcastComposer({ canSend }: { canSend: boolean }) {
  const { t } = useTranslation('floor');
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
      <h2 id="broadcast-title">{t('compose.title')}</h2>
      {canSend && (
        <form className="card form" onSubmit={submit}>
          <label>
            {t('compose.message')}
            <textarea
              rows={3}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </label>
          <div className="form-row">
            <label>
              {t('compose.audience')}
              <select value={type} onChange={(e) => setType(e.target.value as Audience['type'])}>
                <option value="all">{t('audience.all')}</option>
                <option value="role">{t('audience.role')}</option>
                <option value="department">{t('audience.department')}</option>
                <option value="agents">{t('audience.agents')}</option>
              </select>
            </label>
            {type === 'role' && (
              <label>
                {t('compose.role')}
                <select value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">{t('compose.choose')}</option>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {type === 'department' && (
              <label>
                {t('compose.department')}
                <select value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">{t('compose.choose')}</option>
                  {departments.map((d) => (
                    <option key={d}>{d}</option>
                  ))}
                </select>
              </label>
            )}
            {type === 'agents' && (
              <label>
                {t('compose.agents')}
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
            {send.isSuccess && <span role="status">{t('compose.sent')}</span>}
            <button type="submit" className="primary" disabled={!ready || send.isPending}>
              {t('compose.send')}
            </button>
          </div>
        </form>
      )}
      <h3>{t('sent.title')}</h3>
      <QueryState query={sent} empty={(sent.data?.data ?? []).length === 0} emptyText={t('sent.empty')}>
        <Grid columns={[t('sent.message'), t('sent.audience'), t('sent.sentAt'), t('sent.acknowledged')]}>
          {(sent.data?.data ?? []).map((b) => (
            <tr key={b.id}>
              <td>{b.message}</td>
              <td>
                {t(`audience.${b.audience.type}`)}
                {typeof b.audience.value === 'string' ? `: ${b.audience.value}` : ''}
              </td>
              <td>{dateTimeOf(b.sentAt)}</td>
              <td data-testid="ack-count">
                {t('sent.ackCount', {
                  acknowledged: b.acknowledgedCount ?? 0,
                  recipients: b.recipientCount ?? 0,
                })}
              </td>
            </tr>
          ))}
        </Grid>
      </QueryState>
      <Pager
        label={t('sent.pages')}
        page={page}
        totalPages={sent.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
