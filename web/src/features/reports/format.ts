/*
 * How report numbers read on screen (docs/metrics.md gives their units): durations in seconds as
 * "1h 04m" / "3m 20s", percentages 0–100 with "%", occupancy (a ratio) as a percentage, ratings
 * out of 5. A figure the API answers as null (nothing to measure) shows as "—".
 */

export const NONE = '—';

const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds as the two largest units: "45s", "3m 20s", "1h 04m", "2d 03h". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return NONE;
  const s = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && s > 0 ? '-' : '';
  const [d, h, m, sec] = [Math.floor(s / 86_400), Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60];
  if (d > 0) return `${sign}${d}d ${pad(h)}h`;
  if (h > 0) return `${sign}${h}h ${pad(m)}m`;
  if (m > 0) return `${sign}${m}m ${pad(sec)}s`;
  return `${sign}${sec}s`;
}

const oneDecimal = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** A percentage 0–100: "97.5%". */
export const formatPercent = (value: number | null | undefined) =>
  value === null || value === undefined ? NONE : `${oneDecimal(value)}%`;

/** A ratio 0–1 (occupancy) as a percentage: 0.625 → "62.5%". */
export const formatRatio = (value: number | null | undefined) =>
  value === null || value === undefined ? NONE : formatPercent(Math.round(value * 1000) / 10);

/** A CSAT rating average: "4.25 / 5". */
export const formatRating = (value: number | null | undefined) =>
  value === null || value === undefined ? NONE : `${value.toFixed(2)} / 5`;

export const formatCount = (value: number | null | undefined) =>
  value === null || value === undefined ? NONE : String(value);

/** Bytes as "12.3 KB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return NONE;
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1)} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

export type Unit = 'duration' | 'percent' | 'ratio' | 'rating' | 'count';

export const formatters: Record<Unit, (v: number | null | undefined) => string> = {
  duration: formatDuration,
  percent: formatPercent,
  ratio: formatRatio,
  rating: formatRating,
  count: formatCount,
};

const monthDay = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A bucket's local label as a reader says it: "2026-11-27" → "27 Nov", "2026-11-27T10:00" →
 * "27 Nov 10:00". Labels are already local to the tenant, so they are read as UTC, never shifted.
 */
export function formatDayLabel(label: string): string {
  const [date, time] = String(label).split('T');
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return String(label);
  const parts = monthDay.formatToParts(at);
  const day = parts.find((p) => p.type === 'day')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${day} ${month}${time ? ` ${time.slice(0, 5)}` : ''}`;
}

/** "2026-11-27" to "2026-12-03" → "27 Nov – 3 Dec 2026" style period, from the API's local days. */
export const formatPeriod = (from: string, to: string) =>
  from === to ? formatDayLabel(from) : `${formatDayLabel(from)} – ${formatDayLabel(to)} ${to.slice(0, 4)}`;
