import { uuidv7 } from '@switchboard/contracts';
import { DEFAULT_SHIFT_SETTINGS } from '@switchboard/time';
import { describe, expect, it } from 'vitest';
import { agentStory } from '../../test/support/agent-story.js';
import { dayTimeOf } from './agent-time.js';
import { markOf, timelineOf } from './agent-timeline.js';

const [tenantId, agentId] = [uuidv7(), uuidv7()];
const newYork = { ...DEFAULT_SHIFT_SETTINGS, workdays: [1, 2, 3, 4, 5], timeZone: 'America/New_York' };
const now = new Date('2026-06-01T00:00:00Z');

// Thu 2026-01-15 22:00 → Fri 06:00 New York time (UTC−5), a break 23:30 → 00:30; then Fri
// 10:00 → 10:45 with a break from 10:30 that the clock-out ends. Online 22:00 → 06:00.
const story = agentStory(tenantId, agentId)
  .clockIn('2026-01-16T03:00:00Z')
  .status('online', '2026-01-16T03:00:00Z')
  .breakStart('2026-01-16T04:30:00Z')
  .breakEnd('2026-01-16T05:30:00Z')
  .clockOut('2026-01-16T11:00:00Z')
  .status('offline', '2026-01-16T11:00:00Z')
  .clockIn('2026-01-16T15:00:00Z')
  .breakStart('2026-01-16T15:30:00Z')
  .clockOut('2026-01-16T15:45:00Z');
// A ticket worked 23:00 → 01:00 local.
const handling = [[Date.parse('2026-01-16T04:00:00Z'), Date.parse('2026-01-16T06:00:00Z')]] as const;

describe('an agent’s time per local day', () => {
  const marks = story.events.map(markOf).reverse(); // arrival order does not matter
  const timeline = timelineOf(marks);
  const day = (date: string) => dayTimeOf(newYork, timeline, handling, date, now);

  it('splits a night shift across local midnight, with lateness, absence, online time and occupancy', () => {
    expect(day('2026-01-14')).toMatchObject({ absent: true, workedSeconds: 0, firstClockIn: null });
    expect(day('2026-01-15')).toEqual({
      firstClockIn: '2026-01-16T03:00:00.000Z',
      late: true,
      lateMinutes: 13 * 60, // 09:00 → 22:00
      absent: false,
      workedSeconds: 90 * 60, // 22:00–24:00 less the break from 23:30
      breakSeconds: 30 * 60,
      onlineSeconds: 2 * 3600,
      handlingSeconds: 30 * 60, // 23:00–23:30; the break is not work
      occupancy: 0.333, // 1800 / 5400
    });
    expect(day('2026-01-16')).toEqual({
      firstClockIn: '2026-01-16T15:00:00.000Z',
      late: true,
      lateMinutes: 60, // 10:00 is an hour after 09:00
      absent: false,
      workedSeconds: (330 + 30) * 60, // 00:30–06:00, 10:00–10:30
      breakSeconds: (30 + 15) * 60, // 00:00–00:30 and 10:30–10:45, ended by the clock-out
      onlineSeconds: 6 * 3600,
      handlingSeconds: 30 * 60, // 00:30–01:00
      occupancy: 0.083, // 1800 / 21600
    });
    expect(day('2026-01-17')).toMatchObject({ absent: false, workedSeconds: 0 }); // a Saturday
  });

  it('ignores marks that make no sense where they fall', () => {
    const stray = agentStory(tenantId, agentId)
      .breakStart('2026-01-20T14:00:00Z') // not clocked in
      .clockOut('2026-01-20T14:10:00Z')
      .clockIn('2026-01-20T14:30:00Z')
      .clockIn('2026-01-20T14:40:00Z') // already in
      .breakEnd('2026-01-20T14:50:00Z') // not on a break
      .clockOut('2026-01-20T15:30:00Z');
    const { sessions } = timelineOf(stray.events.map(markOf));
    expect(sessions).toEqual([
      { start: new Date('2026-01-20T14:30:00Z'), end: new Date('2026-01-20T15:30:00Z'), activities: [] },
    ]);
  });
});
