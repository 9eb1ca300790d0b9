import { type Priority, priorities } from '@switchboard/contracts';

/** The next priority up, or null when already urgent. */
export function nextPriority(priority: Priority): Priority | null {
  return priorities[priorities.indexOf(priority) + 1] ?? null;
}

export type BreachedTicket = { priority: Priority; assigneeId: string | null; escalationLevel: number };

export type EscalationStep = { level: number } & (
  | { action: 'raise_priority'; from: Priority; to: Priority }
  | { action: 'notify_supervisors' }
  | { action: 'reassign'; awayFrom: string | null }
);

/**
 * The escalation ladder of POST /api/sla/automate, one rung per run for a breached ticket:
 *
 *   level 0   raise_priority      low → medium → high → urgent (an urgent ticket has no rung
 *                                 here and goes straight to level 1)
 *   level 1   notify_supervisors  a person decides what the automation cannot
 *   level 2+  reassign            hand it to another agent, again on every later run
 *
 * `level` in the answer is the escalationLevel to store once the step has been carried out,
 * so a skipped rung is not taken again and the next run climbs on from there.
 */
export function nextEscalationStep(ticket: BreachedTicket): EscalationStep {
  const current = Number.isFinite(ticket.escalationLevel)
    ? Math.max(0, Math.floor(ticket.escalationLevel))
    : 0;
  const raised = nextPriority(ticket.priority);
  if (current === 0 && raised)
    return { action: 'raise_priority', from: ticket.priority, to: raised, level: 1 };
  const effective = Math.max(current, 1);
  if (effective === 1) return { action: 'notify_supervisors', level: 2 };
  return { action: 'reassign', awayFrom: ticket.assigneeId, level: effective + 1 };
}
