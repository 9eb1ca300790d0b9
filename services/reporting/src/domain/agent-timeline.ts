import type { Envelope, EventData } from '@switchboard/contracts';
import type { ActivityInterval, Interval, WorkedSession } from '@switchboard/time';

export const markKinds = [
  'clock_in',
  'clock_out',
  'break_start',
  'break_end',
  'status',
  'availability',
] as const;
export type MarkKind = (typeof markKinds)[number];
/** One point of an agent's timeline, as presence announced it. */
export type Mark = { eventId: string; agentId: string; at: Date; kind: MarkKind; value: string | null };
export type StatusInterval = Interval & { status: string };
export type Timeline = { sessions: WorkedSession[]; statuses: StatusInterval[] };

const kindOf: Record<string, MarkKind> = {
  'agent.clocked_in': 'clock_in',
  'agent.clocked_out': 'clock_out',
  'agent.break_started': 'break_start',
  'agent.break_ended': 'break_end',
  'agent.status_changed': 'status',
  'agent.availability_changed': 'availability',
};

/** The mark an agent.* event stands for (its `at` is when it happened). */
export function markOf(event: Envelope): Mark {
  const kind = kindOf[event.type];
  if (!kind) throw new Error(`${event.type} is not an agent timeline event`);
  const data = event.data as EventData<'agent.status_changed'> &
    Partial<EventData<'agent.availability_changed'>>;
  const value =
    kind === 'status' ? data.status : kind === 'availability' ? (data.availability ?? null) : null;
  return { eventId: event.id, agentId: data.agentId, at: new Date(data.at), kind, value };
}

const inTimeOrder = (a: Mark, b: Mark) =>
  a.at.getTime() - b.at.getTime() || a.eventId.localeCompare(b.eventId);

/**
 * One agent's work sessions (with their breaks) and shown statuses, from their marks in any order.
 * A clock-out also ends an open break (presence closes it without a break_ended). Marks that make
 * no sense where they fall (a break outside a session, a second clock-in) change nothing.
 */
export function timelineOf(marks: readonly Mark[]): Timeline {
  const sessions: WorkedSession[] = [];
  const statuses: StatusInterval[] = [];
  let session: { start: Date; end: Date | null; activities: ActivityInterval[] } | null = null;
  let onBreak: ActivityInterval | null = null;
  for (const mark of [...marks].sort(inTimeOrder)) {
    if (mark.kind === 'clock_in' && !session) {
      session = { start: mark.at, end: null, activities: [] };
      sessions.push(session);
    } else if (mark.kind === 'clock_out' && session) {
      if (onBreak) onBreak.end = mark.at;
      session.end = mark.at;
      [session, onBreak] = [null, null];
    } else if (mark.kind === 'break_start' && session && !onBreak) {
      onBreak = { kind: 'break', start: mark.at, end: null };
      session.activities.push(onBreak);
    } else if (mark.kind === 'break_end' && onBreak) {
      onBreak.end = mark.at;
      onBreak = null;
    } else if (mark.kind === 'status' && mark.value) {
      const last = statuses.at(-1);
      if (last) last.end = mark.at;
      statuses.push({ status: mark.value, start: mark.at, end: null });
    }
  }
  return { sessions, statuses };
}
