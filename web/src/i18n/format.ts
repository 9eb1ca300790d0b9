import i18n from 'i18next';

/*
 * Dates and numbers in the user's interface language (es → "3 dic 2026, 14:05", 1.234,5).
 * Read the language at call time, so a change shows on the next render.
 */
const locale = () => i18n.resolvedLanguage ?? i18n.language ?? 'en';

export const NONE = '—';

export const formatTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' }) : NONE;

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(locale(), { dateStyle: 'short', timeStyle: 'short' }) : NONE;

export const formatDate = (
  iso: string | null | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) => (iso ? new Date(iso).toLocaleDateString(locale(), options) : NONE);

export const formatNumber = (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? NONE
    : new Intl.NumberFormat(locale(), options).format(value);
