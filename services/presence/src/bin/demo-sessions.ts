import type { DemoTenant } from '@switchboard/service-runtime';
import { addDays, instantOfLocal, localDateOf, type ShiftSettings, weekdayOf } from '@switchboard/time';
import type { Move } from '../domain/moves.js';

/*
 * The demo team's work sessions over the last two weeks, as data: who clocks in when (a few late,
 * one absence now and then), a coffee break some mornings, lunch every day, clocking out in the
 * afternoon. Derived from the day and agent numbers alone, so every start tells the same story
 * (shifted to end yesterday); today is left to the real logins.
 */
export type SessionStep = { at: Date; agentId: string; move: Move; reason: string | null };

export const DEMO_DAYS = 14;

/** The demo tenant's shift rules, on the ticket service's business calendar (Europe/Madrid, 08:00). */
export const DEMO_SHIFT: ShiftSettings = {
  timeZone: 'Europe/Madrid',
  shiftStart: '08:00',
  lateAfterMinutes: 10,
  workdays: [1, 2, 3, 4, 5],
  idleSessionLimitMinutes: 720,
};

export function demoSessions(demo: DemoTenant, end: Date): SessionStep[] {
  const today = localDateOf(DEMO_SHIFT.timeZone, end);
  const steps: SessionStep[] = [];
  for (let d = DEMO_DAYS; d >= 1; d--) {
    const date = addDays(today, -d);
    if (!DEMO_SHIFT.workdays.includes(weekdayOf(date))) continue;
    demo.agentIds.forEach((agentId, a) => {
      if ((d * 3 + a) % 11 === 0) return; // absent
      steps.push(...workday(date, agentId, d, a));
    });
  }
  return steps.sort((x, y) => x.at.getTime() - y.at.getTime());
}

/** One agent's day, in minutes after local midnight. */
function workday(date: string, agentId: string, d: number, a: number): SessionStep[] {
  const at = (minutes: number) => instantOfLocal(DEMO_SHIFT.timeZone, date, minutes);
  const step = (minutes: number, move: Move, reason: string | null = null) => ({
    at: at(minutes),
    agentId,
    move,
    reason,
  });
  const clockIn = 8 * 60 - 5 + ((d * 7 + a * 11) % 25); // 07:55 to 08:19: late some days
  const lunch = 12 * 60 + 30 + a * 10;
  const day = [
    step(clockIn, 'clock_in'),
    step(lunch, 'break_start', 'Lunch'),
    step(lunch + 40 + ((d + a) % 3) * 5, 'break_end'),
    step(16 * 60 + 30 + ((d + a * 5) % 60), 'clock_out'),
  ];
  if ((d + a) % 2 === 0) {
    const coffee = 10 * 60 + 30 + a * 5;
    day.splice(1, 0, step(coffee, 'break_start', 'Coffee'), step(coffee + 10 + (d % 3) * 5, 'break_end'));
  }
  return day;
}
