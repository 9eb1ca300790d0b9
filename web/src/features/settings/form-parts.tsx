import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { describeError } from '../../lib/api.js';
import './settings-forms.css';

/** The labelled field these forms share with the rest of the app. */
export { type FieldProps, FormField as Field } from '../../components/FormField.js';

/** "Saved." or why saving failed, announced to screen readers; nothing before the first save. */
export function SaveNote({ save }: { save: { isSuccess: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation('settings');
  return (
    <p className="save-note" role="status">
      {save.isSuccess && <span className="saved">{t('form.saved')}</span>}
      {save.isError && (
        <span className="failed">
          {t('form.failed')} {describeError(save.error)}
        </span>
      )}
    </p>
  );
}

/** The submit button, disabled and saying so while the request is in flight. */
export function SaveButton({ pending, label }: { pending: boolean; label?: string }) {
  const { t } = useTranslation('settings');
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('form.saving') : (label ?? t('form.save'))}
      </button>
    </div>
  );
}

const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

/** The tenant's IANA time zone, typed or picked from the zones this browser knows. */
export function TimeZoneField(props: {
  id: string;
  error?: string | undefined;
  value: string;
  onChange: (zone: string) => void;
}) {
  const { t } = useTranslation('settings');
  const listId = `${props.id}-zones`;
  return (
    <FormField id={props.id} label={t('fields.timeZone')} error={props.error}>
      {(field) => (
        <>
          <input
            {...field}
            list={listId}
            autoComplete="off"
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
          <datalist id={listId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </FormField>
  );
}

export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Weekday names in the interface language, 0 = Sunday (2023-01-01 was one). */
export const weekdayName = (day: number, locale: string) =>
  new Date(Date.UTC(2023, 0, 1 + day)).toLocaleDateString(locale, { weekday: 'long', timeZone: 'UTC' });
