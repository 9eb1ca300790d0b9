import { eventRecorder } from '@switchboard/event-bus';

/** Records a notifications event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('notifications');
