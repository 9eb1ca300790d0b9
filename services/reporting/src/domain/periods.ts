import { addDays, localDateOf, localDay } from '@switchboard/time';
import type { Period } from './agent-report.js';

/** `?period=weekly|monthly` or `?from=&to=` (local dates); weekly when neither is given. */
export type PeriodQuery = {
  period?: 'weekly' | 'monthly' | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const daysIn = { weekly: 7, monthly: 30 } as const;

/** The local days a report covers: the given ones, or the last 7 (weekly) or 30 (monthly) up to today. */
export function periodOf(query: PeriodQuery, timeZone: string, now: Date): Period {
  if (query.from && query.to) return { from: query.from, to: query.to };
  const today = localDateOf(timeZone, now);
  return { from: addDays(today, 1 - daysIn[query.period ?? 'weekly']), to: today };
}

/** The instants [from, to) of a period's local days. */
export const windowOf = (timeZone: string, p: Period) => ({
  from: localDay(timeZone, p.from).from,
  to: localDay(timeZone, p.to).to,
});
