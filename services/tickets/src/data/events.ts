import { eventRecorder } from '@switchboard/event-bus';

/** Records a ticket-service event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('tickets');
