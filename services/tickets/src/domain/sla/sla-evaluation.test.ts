import type { TicketStatus } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type BusinessCalendar } from './business-calendar.js';
import type { StatusSpan } from './sla-clock.js';
import {
  evaluateSla,
  newlyCrossed,
  type SlaPolicy,
  type SlaStatus,
  type SlaTarget,
  type TicketSlaFacts,
} from './sla-evaluation.js';

const MINUTE = 60_000;
const C = new Date('2026-05-04T08:00:00Z'); // created, a Monday
const t = (minutes: number) => new Date(C.getTime() + minutes * MINUTE);

const policy: SlaPolicy = {
  priority: 'high',
  firstResponseMinutes: 60,
  nextResponseMinutes: 30,
  resolutionMinutes: 480,
  businessHours: false,
  warnAtPercent: 80,
};

function timeline(...steps: [TicketStatus, number][]): StatusSpan[] {
  return steps.map(([status, start], i) => {
    const end = steps[i + 1]?.[1];
    return { status, from: t(start), to: end === undefined ? null : t(end) };
  });
}

const facts = (over: Partial<TicketSlaFacts> = {}): TicketSlaFacts => ({
  createdAt: C,
  spans: timeline(['NEW', 0]),
  firstAgentReplyAt: null,
  awaitingReplySince: null,
  resolvedAt: null,
  ...over,
});

function target(statuses: SlaStatus[], name: SlaTarget): SlaStatus {
  const found = statuses.find((s) => s.target === name);
  if (!found) throw new Error(`no ${name} in ${statuses.map((s) => s.target).join(', ')}`);
  return found;
}
const firstResponse = (f: TicketSlaFacts, now: Date, p = policy) =>
  target(evaluateSla(p, ALWAYS_OPEN, f, now), 'first_response');

describe('the first-response target of a 60-minute policy', () => {
  it('is running 30 minutes in, due at the 60-minute mark', () =>
    expect(firstResponse(facts(), t(30))).toMatchObject({
      state: 'running',
      elapsedMillis: 30 * MINUTE,
      targetMillis: 60 * MINUTE,
      dueAt: t(60),
      breachedAt: null,
    }));

  it('warns from 80% of the target (48 minutes), not a minute earlier', () => {
    expect(firstResponse(facts(), t(47)).state).toBe('running');
    expect(firstResponse(facts(), t(48)).state).toBe('warning');
  });

  it('is still only a warning at the very deadline, since a reply now is in time', () =>
    expect(firstResponse(facts(), t(60))).toMatchObject({ state: 'warning', dueAt: t(60) }));

  it('is breached one millisecond later, at exactly the 60-minute mark', () =>
    expect(firstResponse(facts(), new Date(t(60).getTime() + 1))).toMatchObject({
      state: 'breached',
      breachedAt: t(60),
      dueAt: t(60),
    }));

  it('is met by a reply after 45 minutes', () =>
    expect(firstResponse(facts({ firstAgentReplyAt: t(45) }), t(300))).toMatchObject({
      state: 'met',
      elapsedMillis: 45 * MINUTE,
      dueAt: null,
      breachedAt: null,
    }));

  it('is reported breached when the reply came late, with the moment it was breached', () =>
    expect(firstResponse(facts({ firstAgentReplyAt: t(70) }), t(300))).toMatchObject({
      state: 'breached',
      elapsedMillis: 70 * MINUTE,
      breachedAt: t(60),
    }));

  it('pauses while the ticket is PENDING on the customer, with no deadline', () =>
    expect(firstResponse(facts({ spans: timeline(['NEW', 0], ['PENDING', 30]) }), t(120))).toMatchObject({
      state: 'paused',
      elapsedMillis: 30 * MINUTE,
      dueAt: null,
    }));

  it('stays breached when the ticket is paused after the breach', () =>
    expect(firstResponse(facts({ spans: timeline(['NEW', 0], ['PENDING', 70]) }), t(120))).toMatchObject({
      state: 'breached',
      breachedAt: t(60),
    }));

  it('is met when the ticket was resolved without a reply in time', () => {
    const resolved = facts({ spans: timeline(['NEW', 0], ['RESOLVED', 20]), resolvedAt: t(20) });
    expect(firstResponse(resolved, t(300)).state).toBe('met');
  });

  it('warns at the tenant’s own percentage, and at 80% when the setting is unusable', () => {
    expect(firstResponse(facts(), t(30), { ...policy, warnAtPercent: 50 }).state).toBe('warning');
    expect(firstResponse(facts(), t(47), { ...policy, warnAtPercent: 0 }).state).toBe('running');
    expect(firstResponse(facts(), t(48), { ...policy, warnAtPercent: 0 }).state).toBe('warning');
  });
});

describe('the next-response target', () => {
  const awaiting = facts({ firstAgentReplyAt: t(20), awaitingReplySince: t(100) });

  it('applies only while a customer message waits for an answer and the policy has one', () => {
    expect(
      evaluateSla(policy, ALWAYS_OPEN, facts({ firstAgentReplyAt: t(20) }), t(110)).map((s) => s.target),
    ).toEqual(['first_response', 'resolution']);
    expect(evaluateSla({ ...policy, nextResponseMinutes: null }, ALWAYS_OPEN, awaiting, t(110))).toHaveLength(
      2,
    );
  });

  it('runs from the customer message: 30 minutes after 100 is due at 130 and warns at 124', () => {
    expect(target(evaluateSla(policy, ALWAYS_OPEN, awaiting, t(110)), 'next_response')).toMatchObject({
      state: 'running',
      startedAt: t(100),
      elapsedMillis: 10 * MINUTE,
      dueAt: t(130),
    });
    expect(target(evaluateSla(policy, ALWAYS_OPEN, awaiting, t(124)), 'next_response').state).toBe('warning');
  });
});

describe('the resolution target', () => {
  it('is met when resolved in time', () => {
    const resolved = facts({ spans: timeline(['IN_PROGRESS', 0], ['RESOLVED', 300]), resolvedAt: t(300) });
    expect(target(evaluateSla(policy, ALWAYS_OPEN, resolved, t(900)), 'resolution')).toMatchObject({
      state: 'met',
      elapsedMillis: 300 * MINUTE,
    });
  });

  it('does not charge the agent for two hours of waiting on supervisor approval', () => {
    const spans = timeline(['IN_PROGRESS', 0], ['RESOLUTION_REQUESTED', 400], ['RESOLVED', 520]);
    const resolved = facts({ spans, firstAgentReplyAt: t(10), resolvedAt: t(520) });
    expect(target(evaluateSla(policy, ALWAYS_OPEN, resolved, t(600)), 'resolution')).toMatchObject({
      state: 'met',
      elapsedMillis: 400 * MINUTE,
    });
  });
});

describe('a policy counting business hours', () => {
  const nineToFive = [{ start: '09:00', end: '17:00' }];
  const berlinOffice: BusinessCalendar = {
    timeZone: 'Europe/Berlin',
    weekly: { 0: [], 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive, 6: [] },
    holidays: [],
  };
  const friday16 = new Date('2026-05-08T16:00+02:00');
  const overWeekend = facts({ createdAt: friday16, spans: [{ status: 'NEW', from: friday16, to: null }] });
  const fourHours = { ...policy, firstResponseMinutes: 240, businessHours: true };
  const saturday = new Date('2026-05-09T12:00+02:00');

  it('a ticket created Friday 16:00 with a 4-hour target is due Monday 12:00 and not breached on Saturday', () =>
    expect(
      target(evaluateSla(fourHours, berlinOffice, overWeekend, saturday), 'first_response'),
    ).toMatchObject({
      state: 'running',
      elapsedMillis: 60 * 60_000,
      dueAt: new Date('2026-05-11T12:00+02:00'),
    }));

  it('ignores the calendar when the policy runs around the clock', () =>
    expect(
      target(
        evaluateSla({ ...fourHours, businessHours: false }, berlinOffice, overWeekend, saturday),
        'first_response',
      ),
    ).toMatchObject({ state: 'breached', breachedAt: new Date('2026-05-08T20:00+02:00') }));
});

describe('which targets newly crossed a threshold', () => {
  const at = (minutes: number, f = facts()) => evaluateSla(policy, ALWAYS_OPEN, f, t(minutes));
  const events = (previous: SlaStatus[], current: SlaStatus[]) =>
    newlyCrossed(previous, current).map((s) => `${s.target}:${s.state}`);

  it('reports the warning and the breach once each as time goes by', () => {
    const seen = [30, 50, 55, 61, 90].map((m) => at(m));
    const emitted = seen.map((current, i) => events(seen[i - 1] ?? [], current));
    expect(emitted).toEqual([[], ['first_response:warning'], [], ['first_response:breached'], []]);
  });

  it('reports a breach straight from running when the warning was skipped between two looks', () =>
    expect(events(at(30), at(70))).toEqual(['first_response:breached']));

  it('reports what already stands on the very first evaluation', () =>
    expect(events([], at(70))).toEqual(['first_response:breached']));

  it('does not warn again when a warned ticket comes back from PENDING', () => {
    const pending = facts({ spans: timeline(['NEW', 0], ['PENDING', 50], ['IN_PROGRESS', 100]) });
    const [warned, paused, resumed] = [at(49, pending), at(60, pending), at(101, pending)];
    expect(events(at(40, pending), warned)).toEqual(['first_response:warning']);
    expect(events(warned, paused)).toEqual([]);
    expect(events(paused, resumed)).toEqual([]);
  });

  it('warns again for a new customer message after an earlier next-response breach', () => {
    const first = facts({ firstAgentReplyAt: t(10), awaitingReplySince: t(100) });
    const second = facts({ firstAgentReplyAt: t(10), awaitingReplySince: t(200) });
    expect(events(at(140, first), at(225, second))).toEqual(['next_response:warning']);
  });
});
