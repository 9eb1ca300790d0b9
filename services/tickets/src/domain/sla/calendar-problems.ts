import { isValidTimeZone } from '@switchboard/time';
import type { BusinessCalendar } from './business-hours.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after local midnight; "24:00" is allowed as an end so a day can be open to its last minute. */
export function minutesOf(hhmm: string, isEnd: boolean): number | null {
  if (isEnd && hhmm === '24:00') return 24 * 60;
  if (typeof hhmm !== 'string' || !HH_MM.test(hhmm)) return null; // JSON may carry anything
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * Everything wrong with a calendar, one readable line each (empty when valid), so the HTTP
 * layer can answer 400 with all problems at once instead of one per round trip.
 */
export function calendarProblems(calendar: BusinessCalendar): string[] {
  const problems: string[] = [];
  if (typeof calendar.timeZone !== 'string' || !isValidTimeZone(calendar.timeZone)) {
    problems.push(`timeZone: "${String(calendar.timeZone)}" is not an IANA time zone`);
  }
  for (const day of [0, 1, 2, 3, 4, 5, 6] as const) {
    const intervals = calendar.weekly?.[day];
    if (!Array.isArray(intervals)) {
      problems.push(`weekly.${day}: must be a list of intervals (empty when closed)`);
      continue;
    }
    const parsed: { start: number; end: number; at: number }[] = [];
    intervals.forEach((interval: unknown, at) => {
      if (typeof interval !== 'object' || interval === null) {
        problems.push(`weekly.${day}[${at}]: must be {start, end}`);
        return;
      }
      const { start, end } = interval as { start: string; end: string };
      const startMin = minutesOf(start, false);
      const endMin = minutesOf(end, true);
      if (startMin === null) problems.push(`weekly.${day}[${at}].start: "${start}" is not HH:MM`);
      if (endMin === null) problems.push(`weekly.${day}[${at}].end: "${end}" is not HH:MM`);
      if (startMin === null || endMin === null) return;
      if (startMin >= endMin) problems.push(`weekly.${day}[${at}]: start ${start} is not before end ${end}`);
      else parsed.push({ start: startMin, end: endMin, at });
    });
    parsed.sort((a, b) => a.start - b.start);
    for (let i = 1; i < parsed.length; i++) {
      const [prev, cur] = [parsed[i - 1], parsed[i]];
      // Touching intervals (12:00-13:00 then 13:00-14:00) are fine; only a shared minute is not.
      if (prev && cur && cur.start < prev.end) {
        problems.push(`weekly.${day}[${cur.at}]: overlaps weekly.${day}[${prev.at}]`);
      }
    }
  }
  if (!Array.isArray(calendar.holidays)) problems.push('holidays: must be a list of YYYY-MM-DD dates');
  else {
    calendar.holidays.forEach((date, at) => {
      if (typeof date !== 'string' || !isRealDate(date)) {
        problems.push(`holidays[${at}]: "${String(date)}" is not a YYYY-MM-DD date`);
      }
    });
  }
  return problems;
}
