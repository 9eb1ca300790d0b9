import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { FormField } from '../../components/FormField.js';
import { Failure, QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { type AiSettings as Settings, useAiSettings, useSaveAiSettings } from './api.js';
import { type AiSettingsDraft, aiSettingsBody, aiSettingsDraft, providers } from './settings-form.js';
import './ai.css';

/** AI assist for the tenant (docs/ai.md "Settings"): admins change it, supervisors read it. */
export default function AiSettings() {
  const { t } = useTranslation('ai');
  const settings = useAiSettings();
  return (
    <section aria-labelledby="ai-settings-title">
      <h2 id="ai-settings-title">{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      <QueryState query={settings}>{settings.data && <AiSettingsForm saved={settings.data} />}</QueryState>
    </section>
  );
}

function AiSettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation('ai');
  // PUT /api/ai/settings is the admin's alone (docs/api.md §4.13); GET also answers supervisors.
  const editable = useMe().role === 'admin';
  const [draft, setDraft] = useState<AiSettingsDraft>(() => aiSettingsDraft(saved));
  const [badThreshold, setBadThreshold] = useState(false);
  const save = useSaveAiSettings();
  const apiErrors = fieldErrors(save.error);
  const thresholdError = badThreshold ? t('settings.thresholdRange') : apiErrors.autoApplyMinConfidence;
  const set = (changes: Partial<AiSettingsDraft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = aiSettingsBody(draft);
    setBadThreshold(body === null);
    if (body) save.mutate(body);
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={t('settings.title')} noValidate>
      {!editable && <p className="field-hint">{t('settings.readOnly')}</p>}
      <fieldset className="ai-settings-fields" disabled={!editable}>
        <legend className="sr-only">{t('settings.title')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />
          {t('settings.enabled')}
        </label>
        <FormField id="ai-provider" label={t('settings.provider')} hint={t('settings.providerHint')}>
          {(p) => (
            <select
              {...p}
              value={draft.provider}
              onChange={(e) => set({ provider: e.target.value as AiSettingsDraft['provider'] })}
            >
              {providers.map((name) => (
                <option key={name} value={name}>
                  {t(`settings.providers.${name}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.autoApplyCategory}
            onChange={(e) => set({ autoApplyCategory: e.target.checked })}
          />
          {t('settings.autoApplyCategory')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.autoApplyPriority}
            onChange={(e) => set({ autoApplyPriority: e.target.checked })}
          />
          {t('settings.autoApplyPriority')}
        </label>
        <FormField
          id="ai-min-confidence"
          label={t('settings.threshold')}
          hint={t('settings.thresholdHint')}
          error={thresholdError}
        >
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.minConfidence}
              onChange={(e) => set({ minConfidence: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      {save.isError && !apiErrors.autoApplyMinConfidence && <Failure error={save.error} />}
      {editable && (
        <div className="form-actions">
          {save.isSuccess && <span role="status">{t('settings.saved')}</span>}
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('settings.save')}
          </button>
        </div>
      )}
    </form>
  );
}
