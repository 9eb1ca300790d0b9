import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/api.js';
import './settings-forms.css';

/** What an input needs to be labelled and tied to the API's message beside it. */
export type FieldProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** A labelled input with the API's field-level message, if any, beside it. */
export function Field(props: {
  id: string;
  label: ReactNode;
  error?: string;
  children: (field: FieldProps) => ReactNode;
}) {
  const errorId = `${props.id}-error`;
  const field: FieldProps = props.error
    ? { id: props.id, 'aria-invalid': true, 'aria-describedby': errorId }
    : { id: props.id };
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children(field)}
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

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

/** A time-zone input that suggests the IANA zones as one types ("berl" → Europe/Berlin). */
export function TimeZoneInput({
  field,
  value,
  onChange,
}: {
  field: FieldProps;
  value: string;
  onChange: (zone: string) => void;
}) {
  const listId = `${field.id}-zones`;
  return (
    <>
      <input
        {...field}
        list={listId}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}

export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Weekday names in the interface language, 0 = Sunday (2023-01-01 was one). */
export const weekdayName = (day: number, locale: string) =>
  new Date(Date.UTC(2023, 0, 1 + day)).toLocaleDateString(locale, { weekday: 'long', timeZone: 'UTC' });
