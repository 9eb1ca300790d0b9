import type { Priority } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import type { SlaPolicy } from '../../lib/sla-clock.js';
import { usePolicies } from '../sla/api.js';
import { priorities } from '../tickets/TicketFilters.js';
import { useSavePolicy } from './api.js';
import { SaveButton, SaveNote } from './form-parts.js';
import { formToPolicy, newPolicyForm, policyFields, policyToForm } from './policy-form.js';

/** SLA settings section: one form per priority, creating its policy or editing the one it has. */
export default function SlaPolicies() {
  const { t } = useTranslation('settings');
  const policies = usePolicies();
  return (
    <section aria-labelledby="sla-policies-title" className="settings-form">
      <h2 id="sla-policies-title">{t('sla.title')}</h2>
      <p>{t('sla.intro')}</p>
      <QueryState query={policies}>
        <div className="policy-list">
          {priorities.map((p) => {
            const policy = policies.data?.find((x) => x.priority === p);
            return <PolicyCard key={p} priority={p} policy={policy} />;
          })}
        </div>
      </QueryState>
    </section>
  );
}

function PolicyCard({ priority, policy }: { priority: Priority; policy: SlaPolicy | undefined }) {
  const { t } = useTranslation('settings');
  const [form, setForm] = useState(policy ? policyToForm(policy) : newPolicyForm);
  const [shown, setShown] = useState(policy?.updatedAt);
  // A save reloads the policies: show what was stored, as the API answers it.
  if (policy && policy.updatedAt !== shown) {
    setShown(policy.updatedAt);
    setForm(policyToForm(policy));
  }
  const save = useSavePolicy(policy !== undefined);
  const errors = fieldErrors(save.error);
  const id = (field: string) => `sla-${priority}-${field}`;
  const name = t(`sla.priority.${priority}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(formToPolicy(priority, form));
  };
  return (
    <form
      className="card form"
      aria-label={t('sla.formLabel', { priority: name })}
      onSubmit={submit}
      noValidate
    >
      <h3>
        {name} <small>{policy ? '' : t('sla.none')}</small>
      </h3>
      <div className="form-row">
        {policyFields.map((field) => (
          <FormField key={field} id={id(field)} label={t(`sla.fields.${field}`)} error={errors[field]}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={form[field]}
                onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.businessHours}
          onChange={(e) => setForm((f) => ({ ...f, businessHours: e.target.checked }))}
        />
        {t('sla.fields.businessHours')}
      </label>
      <SaveButton pending={save.isPending} label={policy ? t('form.save') : t('sla.create')} />
      <SaveNote save={save} />
    </form>
  );
}
