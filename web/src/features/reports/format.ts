import i18n from 'i18next';
import { formatNumber, NONE } from '../../i18n/format.js';

/*
 * How report numbers read on screen (docs/metrics.md gives their units), in the interface language:
 * durations in seconds as "1h 04m" / "3m 20s" (unit letters in every language, as on a stopwatch),
 * percentages 0–100 with "%", occupancy (a ratio) as a percentage, ratings out of 5. A figure the
 * API answers as null (nothing to measure) shows as "—".
 */

export { NONE };

const pad = (n: number) => String(n).padStart(2, '0');
const missing = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || !Number.isFinite(v);

/** Seconds as the two largest units: "45s", "3m 20s", "1h 04m", "2d 03h". */
export function formatDuration(seconds: number | null | undefined): string {
  if (missing(seconds)) return NONE;
  const s = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && s > 0 ? '-' : '';
  const [d, h, m, sec] = [Math.floor(s / 86_400), Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60];
  if (d > 0) return `${sign}${formatNumber(d)}d ${pad(h)}h`;
  if (h > 0) return `${sign}${h}h ${pad(m)}m`;
  if (m > 0) return `${sign}${m}m ${pad(sec)}s`;
  return `${sign}${sec}s`;
}

/** A percentage 0–100: "97.5%" (es "97,5 %"). */
export const formatPercent = (value: number | null | undefined) =>
  missing(value) ? NONE : formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });

/** A ratio 0–1 (occupancy) as a percentage: 0.625 → "62.5%". */
export const formatRatio = (value: number | null | undefined) =>
  missing(value) ? NONE : formatPercent(Math.round(value * 1000) / 10);

/** A CSAT rating average: "4.25 / 5". */
export const formatRating = (value: number | null | undefined) =>
  missing(value)
    ? NONE
    : i18n.t('reports:units.rating', {
        value: formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      });

export const formatCount = (value: number | null | undefined) => formatNumber(value);

/** Bytes as "12.3 KB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (missing(bytes)) return NONE;
  const size = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return i18n.t('reports:units.bytes', { size: formatNumber(bytes) });
  const kb = bytes / 1024;
  return kb < 1024
    ? i18n.t('reports:units.kb', { size: size(kb) })
    : i18n.t('reports:units.mb', { size: size(kb / 1024) });
}

export type Unit = 'duration' | 'percent' | 'ratio' | 'rating' | 'count';

export const formatters: Record<Unit, (v: number | null | undefined) => string> = {
  duration: formatDuration,
  percent: formatPercent,
  ratio: formatRatio,
  rating: formatRating,
  count: formatCount,
};

const locale = () => i18n.resolvedLanguage ?? i18n.language ?? 'en';
// Labels are already local to the tenant, so they are read as UTC, never shifted.
const days = () => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
const daysOfYear = () =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * A bucket's local label as a reader of the interface language says it: "2026-11-27" → "Nov 27"
 * (es "27 nov"), "2026-11-27T10:00" → "Nov 27 10:00".
 */
export function formatDayLabel(label: string): string {
  const [date = '', time] = String(label).split('T');
  const at = utcDay(date);
  if (Number.isNaN(at)) return String(label);
  return `${days().format(at)}${time ? ` ${time.slice(0, 5)}` : ''}`;
}

/** "2026-11-27" to "2026-12-03" → "Nov 27 – Dec 3, 2026" (es "27 nov – 3 dic 2026"), from local days. */
export function formatPeriod(from: string, to: string): string {
  const [start, end] = [utcDay(from), utcDay(to)];
  if (Number.isNaN(start) || Number.isNaN(end)) return `${from} – ${to}`;
  return from === to ? formatDayLabel(from) : daysOfYear().formatRange(start, end);
}
