import type { Agent, Role } from '@switchboard/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldProps, FormField } from '../../components/FormField.js';
import { Failure } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { type AgentDraft, createBody, draftOf, emptyAgentDraft, updateBody } from './agent-form.js';
import { useAgentMutations } from './api.js';
import { PasswordRules } from './PasswordRules.js';
import './agents.css';

const roles: Role[] = ['agent', 'supervisor', 'admin', 'viewer'];

/**
 * Create (admins) or edit an agent; the auth service decides which fields each role may change.
 * The API's message for each field stands beside it; the password rules are shown as one types.
 */
export function AgentForm({ agent, onDone }: { agent?: Agent; onDone: () => void }) {
  const { t } = useTranslation('agents');
  const { create, update } = useAgentMutations();
  const [draft, setDraft] = useState<AgentDraft>(agent ? draftOf(agent) : emptyAgentDraft);
  const mutation = agent ? update : create;
  const errors = fieldErrors(mutation.error);
  const placed = Object.keys(draft).some((f) => errors[f]);
  const prefix = agent ? `agent-${agent.id}` : 'new-agent';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (agent) update.mutate({ id: agent.id, ...updateBody(agent, draft) }, { onSuccess: onDone });
    else create.mutate(createBody(draft), { onSuccess: onDone });
  };
  const onChange = (name: keyof AgentDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [name]: e.target.value }));
  const field = (name: keyof AgentDraft, input: (p: FieldProps) => ReactNode, hint?: ReactNode) => (
    <FormField id={`${prefix}-${name}`} label={t(`fields.${name}`)} error={errors[name]} hint={hint}>
      {input}
    </FormField>
  );
  const text = (name: keyof AgentDraft, type = 'text') =>
    field(name, (p) => <input {...p} type={type} value={draft[name]} onChange={onChange(name)} />);

  return (
    <form
      className="card form"
      onSubmit={submit}
      aria-label={agent ? t('form.editTitle', { name: agent.fullName }) : t('form.newTitle')}
      noValidate
    >
      <div className="form-row">
        {!agent && text('username')}
        {!agent && text('email', 'email')}
        {text('fullName')}
        {text('department')}
        {text('phone', 'tel')}
        {field('role', (p) => (
          <select {...p} value={draft.role} onChange={onChange('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`common:roles.${r}`)}
              </option>
            ))}
          </select>
        ))}
      </div>
      {!agent && (
        <div className="form-row">
          {field(
            'password',
            (p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={draft.password}
                onChange={onChange('password')}
              />
            ),
            <PasswordRules password={draft.password} />,
          )}
        </div>
      )}
      {mutation.isError && !placed && <Failure error={mutation.error} />}
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {agent ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
