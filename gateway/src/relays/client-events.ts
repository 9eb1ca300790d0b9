import type { Envelope, EventType } from '@switchboard/contracts';
import { tenantRoom } from '../io/rooms.js';

/** How one domain event reaches browsers: the SPEC §6 event name, its rooms and its payload. */
export type ClientEvent = { name: string; rooms: string[]; data: Record<string, unknown> };

type Mapping = (event: Envelope<Record<string, unknown>>) => ClientEvent;

const toTenant =
  (
    name: string,
    data: (e: Envelope<Record<string, unknown>>) => Record<string, unknown> = (e) => e.data,
  ): Mapping =>
  (e) => ({ name, rooms: [tenantRoom(e.tenantId)], data: data(e) });

/**
 * The one place that maps domain events to client events. A service that starts producing an
 * event adds its line here; the gateway's queue binds exactly these keys.
 */
export const clientEvents: Partial<Record<EventType, Mapping>> = {
  'user.created': toTenant('agent_created'),
  'user.updated': toTenant('agent_updated'),
  'user.deactivated': toTenant('agent_deleted', (e) => ({ agentId: e.data.userId, ...e.data })),
};

export function toClientEvent(event: Envelope): ClientEvent | null {
  const mapping = clientEvents[event.type as EventType];
  return mapping ? mapping(event as Envelope<Record<string, unknown>>) : null;
}
