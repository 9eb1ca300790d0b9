import { eventRecorder } from '@switchboard/event-bus';

/** Records a presence-service event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('presence');
