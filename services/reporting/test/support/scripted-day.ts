import type { Envelope } from '@switchboard/contracts';
import { DEFAULT_SHIFT_SETTINGS } from '@switchboard/time';
import { agentStory } from './agent-story.js';
import { eventAt } from './event-at.js';
import type { Team } from './reporting-harness.js';
import { ticketStory } from './ticket-story.js';

/** Tue 2026-03-10 in Berlin (UTC+1 then): `b('09:05')` is 09:05 local. */
export const DAY = '2026-03-10';
export const b = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2026, 2, 10, (h ?? 0) - 1, m ?? 0)).toISOString();
};

/**
 * One working day of a tenant, with known timings (the expected numbers are worked out by hand in
 * test/scripted-day.test.ts). `agent` is A, `otherAgent` is B; the supervisor approves T3.
 */
export function scriptedDay(team: Team): { events: Envelope[]; tickets: Record<string, string> } {
  const [tenantId, a, bee] = [team.tenantId, team.agent.userId, team.otherAgent.userId];
  const settings = {
    ...DEFAULT_SHIFT_SETTINGS,
    timeZone: 'Europe/Berlin',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const shift = eventAt('shift_settings.updated', tenantId, settings, '2026-01-01T00:00:00Z', 'presence');

  const agentA = agentStory(tenantId, a)
    .clockIn(b('09:05'))
    .status('online', b('09:05'))
    .availability('available', b('09:05'))
    .breakStart(b('12:00'))
    .breakEnd(b('12:30'))
    .clockOut(b('17:05'))
    .status('offline', b('17:05'))
    .availability('offline', b('17:05'));
  const agentB = agentStory(tenantId, bee)
    .clockIn(b('09:25'))
    .status('online', b('09:25'))
    .status('away', b('11:25'))
    .clockOut(b('13:25'))
    .status('offline', b('13:25'));

  const t1 = ticketStory(tenantId, { at: b('09:00'), priority: 'high' })
    .assign(a, b('09:10'))
    .move('IN_PROGRESS', b('09:15'))
    .reply(a, b('09:20'))
    .customer(b('09:30'))
    .reply(a, b('09:40'))
    .reply(a, b('09:45'), true)
    .move('RESOLVED', b('10:00'))
    .csat(5, b('10:30'));
  const t2 = ticketStory(tenantId, { at: b('09:30') })
    .assign(a, b('09:31'))
    .move('IN_PROGRESS', b('09:35'))
    .breach('first_response', b('10:00'))
    .reply(a, b('10:30'))
    .move('PENDING', b('10:31'))
    .customer(b('11:30'))
    .move('IN_PROGRESS', b('11:30'))
    .reply(a, b('11:45'))
    .move('RESOLVED', b('11:50'))
    .csat(2, b('13:00'));
  const t3 = ticketStory(tenantId, { at: b('09:55') })
    .assign(bee, b('10:00'), true)
    .move('IN_PROGRESS', b('10:05'))
    .reply(bee, b('10:10'))
    .move('RESOLUTION_REQUESTED', b('11:00'))
    .move('RESOLVED', b('11:30'))
    .customer(b('12:00'))
    .move('IN_PROGRESS', b('12:00'))
    .reply(bee, b('12:10'))
    .move('RESOLVED', b('12:20'));
  const t4 = ticketStory(tenantId, { at: b('14:00') });
  const t5 = ticketStory(tenantId, { at: b('15:00'), createdBy: a })
    .assign(a, b('15:01'))
    .move('IN_PROGRESS', b('15:10'))
    .reply(a, b('15:20'));

  const stories = [agentA, agentB, t1, t2, t3, t4, t5];
  return {
    events: [shift, ...stories.flatMap((s) => s.events)],
    tickets: { t1: t1.id, t2: t2.id, t3: t3.id, t4: t4.id, t5: t5.id },
  };
}
