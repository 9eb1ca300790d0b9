import type { Priority } from '@switchboard/contracts';
import { ALWAYS_OPEN, addBusinessMillis, type BusinessCalendar } from './business-calendar.js';
import { breachInstantOf, clockRunsIn, runningMillis, type StatusSpan, statusAt } from './sla-clock.js';

export const DEFAULT_WARN_AT_PERCENT = 80;

export type SlaPolicy = {
  priority: Priority;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null; // null: no next-response target
  resolutionMinutes: number;
  businessHours: boolean; // false: the clock ignores the calendar and runs 24/7
  warnAtPercent: number; // DEFAULT_WARN_AT_PERCENT unless the tenant chose otherwise
};

export type TicketSlaFacts = {
  createdAt: Date;
  spans: StatusSpan[];
  firstAgentReplyAt: Date | null;
  awaitingReplySince: Date | null; // customer message not yet answered after an earlier agent reply
  resolvedAt: Date | null;
};

export type SlaTarget = 'first_response' | 'next_response' | 'resolution';
export type SlaState = 'met' | 'running' | 'paused' | 'warning' | 'breached';

export type SlaStatus = {
  target: SlaTarget;
  state: SlaState;
  startedAt: Date; // when this target's clock started; a new customer message starts a new next_response
  elapsedMillis: number; // running (business) time so far, or until the target was met
  targetMillis: number;
  warnAtMillis: number;
  dueAt: Date | null; // the deadline while running; the missed one once breached; null when met or paused
  breachedAt: Date | null;
};

type Clock = { target: SlaTarget; since: Date; minutes: number; stoppedAt: Date | null };

function statusOf(clock: Clock, calendar: BusinessCalendar, spans: StatusSpan[], now: Date, warnAt: number) {
  const stopped = clock.stoppedAt !== null && clock.stoppedAt <= now ? clock.stoppedAt : null;
  const until = stopped ?? now;
  const targetMillis = clock.minutes * 60_000;
  const elapsedMillis = runningMillis(calendar, spans, clock.since, until);
  const breachedAt = breachInstantOf(calendar, spans, clock.since, clock.minutes, until);
  const warnAtMillis = (targetMillis * warnAt) / 100;
  const base = { target: clock.target, startedAt: clock.since, elapsedMillis, targetMillis, warnAtMillis };
  const status = (state: SlaState, dueAt: Date | null): SlaStatus => ({ ...base, state, dueAt, breachedAt });
  if (breachedAt) return status('breached', breachedAt); // also a target met late
  if (stopped) return status('met', null);
  const current = statusAt(spans, now);
  if (current === null || !clockRunsIn(current)) return status('paused', null);
  const dueAt = addBusinessMillis(calendar, now, Math.max(0, targetMillis - elapsedMillis));
  return status(elapsedMillis >= warnAtMillis ? 'warning' : 'running', dueAt);
}

/**
 * Where each SLA target of a ticket stands at `now`. Resolving a ticket also ends the
 * reply clocks: the resolution answers the customer, and a resolved ticket must not show
 * a reply target as "paused" forever.
 */
export function evaluateSla(
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  facts: TicketSlaFacts,
  now: Date,
): SlaStatus[] {
  const clocks: Clock[] = [
    {
      target: 'first_response',
      since: facts.createdAt,
      minutes: policy.firstResponseMinutes,
      stoppedAt: facts.firstAgentReplyAt ?? facts.resolvedAt,
    },
  ];
  if (policy.nextResponseMinutes !== null && facts.awaitingReplySince !== null) {
    const { awaitingReplySince: since, resolvedAt } = facts;
    const stoppedAt = resolvedAt !== null && resolvedAt >= since ? resolvedAt : null;
    clocks.push({ target: 'next_response', since, minutes: policy.nextResponseMinutes, stoppedAt });
  }
  clocks.push({
    target: 'resolution',
    since: facts.createdAt,
    minutes: policy.resolutionMinutes,
    stoppedAt: facts.resolvedAt,
  });
  const pct = policy.warnAtPercent;
  const warnAt = Number.isFinite(pct) && pct > 0 && pct <= 100 ? pct : DEFAULT_WARN_AT_PERCENT;
  const effective = policy.businessHours ? calendar : ALWAYS_OPEN;
  return clocks.map((clock) => statusOf(clock, effective, facts.spans, now, warnAt));
}

/**
 * The targets that crossed into warning or breach since `previous`, so the caller emits each
 * event once. A warning counts only the first time the threshold is passed: resuming after
 * a pause does not warn again.
 */
export function newlyCrossed(previous: SlaStatus[], current: SlaStatus[]): SlaStatus[] {
  return current.filter((now) => {
    const before = previous.find(
      (p) => p.target === now.target && p.startedAt.getTime() === now.startedAt.getTime(),
    );
    if (now.state === 'breached') return before?.state !== 'breached';
    if (now.state !== 'warning') return false;
    return !before || (before.state !== 'breached' && before.elapsedMillis < now.warnAtMillis);
  });
}
