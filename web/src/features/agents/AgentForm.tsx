import type { Agent, Role } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { Failure } from '../../components/ui.js';
import { type AgentInput, useAgentMutations } from './api.js';

const roles: Role[] = ['agent', 'supervisor', 'admin', 'viewer'];

/** Create (admins) or edit an agent; the auth service decides which fields each role may change. */
export function AgentForm({ agent, onDone }: { agent?: Agent; onDone: () => void }) {
  const { create, update } = useAgentMutations();
  const [form, setForm] = useState<AgentInput>(
    agent
      ? { fullName: agent.fullName, department: agent.department, phone: agent.phone ?? '', role: agent.role }
      : {
          username: '',
          email: '',
          fullName: '',
          department: 'Support',
          phone: '',
          role: 'agent',
          password: '',
        },
  );
  const mutation = agent ? update : create;
  const set = (field: keyof AgentInput) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changed = Object.fromEntries(
      Object.entries(form).filter(([k, v]) => !agent || agent[k as keyof Agent] !== v),
    ) as AgentInput;
    if (changed.phone === '') changed.phone = agent ? null : undefined;
    if (agent) update.mutate({ id: agent.id, ...changed }, { onSuccess: onDone });
    else create.mutate(changed, { onSuccess: onDone });
  };

  const field = (name: keyof AgentInput, label: string, type = 'text', required = true) => (
    <label>
      {label}
      <input type={type} required={required} value={String(form[name] ?? '')} onChange={set(name)} />
    </label>
  );

  return (
    <form className="card form" onSubmit={submit} aria-label={agent ? `Edit ${agent.fullName}` : 'New agent'}>
      <div className="form-row">
        {!agent && field('username', 'Username')}
        {!agent && field('email', 'Email', 'email')}
        {field('fullName', 'Full name')}
        {field('department', 'Department')}
        {field('phone', 'Phone', 'tel', false)}
        <label>
          Role
          <select value={form.role} onChange={set('role')}>
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        {!agent && field('password', 'Password', 'password')}
      </div>
      {mutation.isError && <Failure error={mutation.error} />}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {agent ? 'Save' : 'Create agent'}
        </button>
      </div>
    </form>
  );
}
