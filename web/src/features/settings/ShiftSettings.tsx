import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { QueryState } from '../../components/ui.js';
import { fieldErrors } from '../../lib/field-errors.js';
import { type ShiftSettings as Settings, useSaveShiftSettings, useShiftSettings } from './api.js';
import { weekdays } from './calendar-form.js';
import { SaveButton, SaveNote, TimeZoneField, weekdayName } from './form-parts.js';

/** Shifts and time zone section: the tenant's zone, the shift, and when a session counts as idle. */
export default function ShiftSettings() {
  const { t } = useTranslation('settings');
  const settings = useShiftSettings();
  return (
    <section aria-labelledby="shifts-title" className="settings-form">
      <h2 id="shifts-title">{t('shifts.title')}</h2>
      <p>{t('shifts.intro')}</p>
      <QueryState query={settings}>{settings.data && <ShiftEditor stored={settings.data} />}</QueryState>
    </section>
  );
}

type Form = Omit<Settings, 'lateAfterMinutes' | 'idleSessionLimitMinutes'> & {
  lateAfterMinutes: string;
  idleSessionLimitMinutes: string;
};

const formOf = (s: Settings): Form => ({
  timeZone: s.timeZone,
  shiftStart: s.shiftStart,
  workdays: s.workdays,
  lateAfterMinutes: String(s.lateAfterMinutes),
  idleSessionLimitMinutes: String(s.idleSessionLimitMinutes),
});

// As typed, so the API names a bad number beside its field.
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function ShiftEditor({ stored }: { stored: Settings }) {
  const { t, i18n } = useTranslation('settings');
  const [form, setForm] = useState(() => formOf(stored));
  const [shown, setShown] = useState(stored);
  const save = useSaveShiftSettings();
  const errors = fieldErrors(save.error);
  // A save reloads the settings: show what was stored.
  if (stored !== shown) {
    setShown(stored);
    setForm(formOf(stored));
  }
  const toggleDay = (d: number, on: boolean) =>
    setForm((f) => ({
      ...f,
      workdays: on ? [...f.workdays, d].sort((a, b) => a - b) : f.workdays.filter((x) => x !== d),
    }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      timeZone: form.timeZone.trim(),
      shiftStart: form.shiftStart,
      workdays: form.workdays,
      lateAfterMinutes: number(form.lateAfterMinutes),
      idleSessionLimitMinutes: number(form.idleSessionLimitMinutes),
    });
  };
  const numberField = (name: 'lateAfterMinutes' | 'idleSessionLimitMinutes') => (
    <FormField id={`shift-${name}`} label={t(`shifts.${name}`)} error={errors[name]}>
      {(field) => (
        <input
          {...field}
          inputMode="numeric"
          value={form[name]}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
        />
      )}
    </FormField>
  );
  return (
    <form className="card form" aria-label={t('shifts.title')} onSubmit={submit} noValidate>
      <TimeZoneField
        id="shift-timeZone"
        error={errors.timeZone}
        value={form.timeZone}
        onChange={(timeZone) => setForm((f) => ({ ...f, timeZone }))}
      />
      <div className="form-row">
        <FormField id="shift-shiftStart" label={t('shifts.shiftStart')} error={errors.shiftStart}>
          {(field) => (
            <input
              {...field}
              type="time"
              value={form.shiftStart}
              onChange={(e) => setForm((f) => ({ ...f, shiftStart: e.target.value }))}
            />
          )}
        </FormField>
        {numberField('lateAfterMinutes')}
        {numberField('idleSessionLimitMinutes')}
      </div>
      <fieldset aria-describedby={errors.workdays ? 'shift-workdays-error' : undefined}>
        <legend>{t('shifts.workdays')}</legend>
        {weekdays.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={form.workdays.includes(d)}
              onChange={(e) => toggleDay(d, e.target.checked)}
            />
            {weekdayName(d, i18n.language)}
          </label>
        ))}
        {errors.workdays && (
          <span id="shift-workdays-error" className="field-error">
            {errors.workdays}
          </span>
        )}
      </fieldset>
      <SaveButton pending={save.isPending} />
      <SaveNote save={save} />
    </form>
  );
}
