/*
 * The reporting service is built beside this app against docs/api.md §4.11, which fixes
 * paths and field names but not every wrapper. These readers accept the plausible wrappers
 * (`data`, `rows`, `days`, `points`, `agents`) so the screens do not depend on that choice.
 */

export type Row = Record<string, unknown>;

export function rowsOf(body: unknown): Row[] {
  if (Array.isArray(body)) return body as Row[];
  if (!body || typeof body !== 'object') return [];
  const b = body as Record<string, unknown>;
  for (const key of ['data', 'rows', 'days', 'points', 'series', 'agents', 'buckets'])
    if (Array.isArray(b[key])) return b[key] as Row[];
  return [];
}

export function totalsOf(body: unknown): Row | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const t = b.totals ?? b.summary;
  return t && typeof t === 'object' ? (t as Row) : null;
}

const xKeys = ['bucket', 'date', 'day', 'period', 'at', 'start', 'from'];

/** The key that names each point (a date or bucket), and the numeric series beside it. */
export function seriesOf(rows: Row[]): { x: string | null; series: string[] } {
  const first = rows[0] ?? {};
  const x = xKeys.find((k) => k in first) ?? null;
  const series = Object.keys(first).filter((k) => k !== x && typeof first[k] === 'number');
  return { x, series };
}

export type Stat = { metric: string; average?: number; median?: number; p90?: number };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Groups `avgX` / `averageX`, `medianX`, `p90X` into one line per metric, so medians and p90
 * stand next to averages; other numbers come as their own line.
 */
export function statsOf(totals: Row | null): Stat[] {
  if (!totals) return [];
  const stats = new Map<string, Stat>();
  for (const [key, value] of Object.entries(totals)) {
    if (typeof value !== 'number') continue;
    const m = key.match(/^(avg|average|median|p90)(.+)$/);
    const metric = m ? cap(m[2] as string) : cap(key);
    const stat = stats.get(metric) ?? { metric };
    const kind = m?.[1];
    if (kind === 'median') stat.median = value;
    else if (kind === 'p90') stat.p90 = value;
    else stat.average = value;
    stats.set(metric, stat);
  }
  return [...stats.values()];
}

/** "avgFirstResponseSeconds" → "Avg first response seconds". */
export const humanize = (key: string) =>
  cap(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()).replace(/\bp90\b/, 'P90');

export const formatNumber = (v: unknown) =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : String(v ?? '—');
