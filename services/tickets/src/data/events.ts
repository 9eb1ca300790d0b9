import { type EventContext, type EventData, type EventType, newEvent } from '@switchboard/contracts';
import { eventRecorder } from '@switchboard/event-bus';

/** Records a ticket-service event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('tickets');

/** A ticket-service event, to record with others in one go (enqueueEvents keeps their order). */
export const ticketEvent = <T extends EventType>(type: T, data: EventData<T>, origin: EventContext) =>
  newEvent(type, data, origin, 'tickets');
