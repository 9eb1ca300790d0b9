import { eventRecorder } from '@switchboard/event-bus';

/** Records a reporting-service event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('reporting');
