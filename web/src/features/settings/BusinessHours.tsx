import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { QueryState } from '../../components/ui.js';
import { formatDate } from '../../i18n/format.js';
import { useCalendar, useSaveCalendar } from './api.js';
import {
  addHoliday,
  type Calendar,
  type CalendarForm,
  calendarErrors,
  calendarToForm,
  type DayForm,
  defaultCalendarForm,
  formToCalendar,
  weekdays,
} from './calendar-form.js';
import { browserZone, SaveButton, SaveNote, TimeZoneField, weekdayName } from './form-parts.js';

/** Business hours and holidays section: the calendar `businessHours` SLA policies count in. */
export default function BusinessHours() {
  const { t } = useTranslation('settings');
  const calendar = useCalendar();
  return (
    <section aria-labelledby="hours-title" className="settings-form">
      <h2 id="hours-title">{t('hours.title')}</h2>
      <p>{t('hours.intro')}</p>
      <QueryState query={calendar}>
        <CalendarEditor stored={calendar.data ?? null} />
      </QueryState>
    </section>
  );
}

const formOf = (stored: Calendar | null) =>
  stored ? calendarToForm(stored) : defaultCalendarForm(browserZone());

function CalendarEditor({ stored }: { stored: Calendar | null }) {
  const { t, i18n } = useTranslation('settings');
  const [form, setForm] = useState<CalendarForm>(() => formOf(stored));
  const [shown, setShown] = useState(stored);
  const [holiday, setHoliday] = useState('');
  const save = useSaveCalendar();
  const errors = calendarErrors(save.error);
  // A save reloads the calendar: show what was stored.
  if (stored !== shown) {
    setShown(stored);
    setForm(formOf(stored));
  }
  const setDay = (d: number, change: Partial<DayForm>) =>
    setForm((f) => ({ ...f, days: f.days.map((day, i) => (i === d ? { ...day, ...change } : day)) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(formToCalendar(form));
  };
  return (
    <form className="card form" aria-label={t('hours.title')} onSubmit={submit} noValidate>
      <TimeZoneField
        id="calendar-timeZone"
        error={errors.timeZone}
        value={form.timeZone}
        onChange={(timeZone) => setForm((f) => ({ ...f, timeZone }))}
      />
      <fieldset>
        <legend>{t('hours.weekly')}</legend>
        <div className="week-grid">
          {weekdays.map((d) => (
            <DayRow
              key={d}
              name={weekdayName(d, i18n.language)}
              id={`calendar-day-${d}`}
              day={form.days[d] as DayForm}
              error={errors[`weekly.${d}`]}
              onChange={(change) => setDay(d, change)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('hours.holidays')}</legend>
        <ul className="holiday-list">
          {form.holidays.map((date) => (
            <li key={date}>
              {formatDate(`${date}T12:00:00Z`)}{' '}
              <button
                type="button"
                className="link"
                onClick={() => setForm((f) => ({ ...f, holidays: f.holidays.filter((h) => h !== date) }))}
              >
                {t('hours.removeHoliday', { date: formatDate(`${date}T12:00:00Z`) })}
              </button>
            </li>
          ))}
        </ul>
        <div className="form-row">
          <FormField id="calendar-holiday" label={t('hours.holidayDate')} error={errors.holidays}>
            {(field) => (
              <input {...field} type="date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
            )}
          </FormField>
          <div className="form-actions">
            <button
              type="button"
              onClick={() => {
                setForm((f) => ({ ...f, holidays: addHoliday(f.holidays, holiday) }));
                setHoliday('');
              }}
            >
              {t('hours.addHoliday')}
            </button>
          </div>
        </div>
      </fieldset>
      <SaveButton pending={save.isPending} />
      <SaveNote save={save} />
    </form>
  );
}

function DayRow(props: {
  name: string;
  id: string;
  day: DayForm;
  error?: string;
  onChange: (c: Partial<DayForm>) => void;
}) {
  const { t } = useTranslation('settings');
  const { name, id, day, error } = props;
  const described = error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  return (
    <>
      <strong>{name}</strong>
      <label className="check">
        <input
          type="checkbox"
          checked={day.open}
          onChange={(e) => props.onChange({ open: e.target.checked })}
        />
        {t('hours.open')}
        <span className="sr-only"> {name}</span>
      </label>
      {(['start', 'end'] as const).map((edge) => (
        <span key={edge} className="field">
          <label htmlFor={`${id}-${edge}`}>
            {t(`hours.${edge}`)}
            <span className="sr-only"> {name}</span>
          </label>
          <input
            id={`${id}-${edge}`}
            type="time"
            disabled={!day.open}
            value={day[edge]}
            onChange={(e) => props.onChange({ [edge]: e.target.value })}
            {...described}
          />
        </span>
      ))}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
