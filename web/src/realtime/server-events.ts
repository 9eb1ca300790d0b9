import type { ServerEventName } from '@switchboard/contracts';
import { effects } from './apply-event.js';

/*
 * Where the app takes each event the gateway may send (the socket contract's list). A unit test
 * compares this with the contract, so a new server event cannot be left unhandled by mistake.
 */

/** Answered by socket-context.tsx itself: the connection's own state, not the caches. */
export const connectionEvents = ['authenticated', 'resumed', 'error'] as const satisfies ServerEventName[];

/** Sent within a ticket's room outside the stream (no seq): TypingIndicator and ViewersStrip listen. */
export const roomEvents = [
  'typing_start',
  'typing_stop',
  'ticket_viewers',
] as const satisfies ServerEventName[];

/** Sent by the gateway, deliberately not acted on; say why beside each. */
export const ignoredEvents = [
  'message_sent', // only to a socket that sent `send_message`; the app posts messages over HTTP
  // For clients of reference/002: the app shows no activity timeline, and reads performance in
  // the reports, which metrics_update refreshes.
  'agent_activity',
  'performance_update',
] as const satisfies ServerEventName[];

/** Every server event the app handles, by where. */
export const handledEvents = {
  caches: Object.keys(effects) as ServerEventName[],
  connection: connectionEvents,
  room: roomEvents,
};

type Placed =
  | keyof typeof effects
  | (typeof connectionEvents)[number]
  | (typeof roomEvents)[number]
  | (typeof ignoredEvents)[number];

/** The typecheck fails here when the contract has an event this file does not place. */
export const everyEventPlaced: [Exclude<ServerEventName, Placed>] extends [never] ? true : false = true;
