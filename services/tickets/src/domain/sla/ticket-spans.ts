import type { TicketStatus } from '@switchboard/contracts';
import type { StatusSpan } from './sla-clock.js';

type StatusChange = { at: Date; to: TicketStatus };

/** A ticket's status timeline, from its creation and its recorded status changes (oldest first). */
export function spansOf(createdAt: Date, changes: StatusChange[]): StatusSpan[] {
  const spans: StatusSpan[] = [{ status: 'NEW', from: createdAt, to: null }];
  for (const change of changes) {
    const current = spans.at(-1);
    if (current) current.to = change.at;
    spans.push({ status: change.to, from: change.at, to: null });
  }
  return spans;
}
