import { eventRecorder } from '@switchboard/event-bus';

/** Records an AI assist event in the caller's transaction (outbox). */
export const recordEvent = eventRecorder('ai-assist');
