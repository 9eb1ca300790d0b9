/*
 * Which of a ticket's labels a person set, from the ticket events that carry them. Only those are
 * learned: the system's and AI assist's own changes (actorId null) would teach the model itself.
 */

export type LabelMarks = { category?: boolean; priority?: boolean };

/** ticket.created: staff who open a ticket chose its labels; a channel's ticket has none chosen. */
export function labelsOfCreated(ticket: { createdBy: string | null; category: string | null }): LabelMarks {
  if (ticket.createdBy === null) return { category: false, priority: false };
  return { category: ticket.category !== null, priority: true };
}

/** ticket.updated: each changed label is a person's when an actor made the change. */
export function labelsOfUpdated(update: {
  changed: string[];
  actorId: string | null;
  category: string | null;
}): LabelMarks {
  const byPerson = update.actorId !== null;
  const marks: LabelMarks = {};
  if (update.changed.includes('category')) marks.category = byPerson && update.category !== null;
  if (update.changed.includes('priority')) marks.priority = byPerson;
  return marks;
}

/** Whether the event set a label a person chose: the ticket is then learned. */
export const learnsFrom = (marks: LabelMarks): boolean => marks.category === true || marks.priority === true;

/** The text a ticket is learned from: the customer's own words when there are any. */
export const trainingText = (ticket: {
  subject: string;
  description: string;
  firstCustomerMessage: string | null;
}): string => ticket.firstCustomerMessage ?? `${ticket.subject}. ${ticket.description}`;
