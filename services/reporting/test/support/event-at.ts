import { type Envelope, type EventData, type EventType, newEvent } from '@switchboard/contracts';

/*
 * Scripted facts for tests: events exactly as the ticket and presence services publish them, at
 * chosen instants (their domain times and occurredAt both set), so numbers can be hand-computed.
 */
const origin = (tenantId: string) => ({ tenantId, correlationId: 'test-story' });

/** An event of `type` that happened at `at`. */
export function eventAt<T extends EventType>(
  type: T,
  tenantId: string,
  data: EventData<T>,
  at: string,
  producer: string,
) {
  return {
    ...newEvent(type, data, origin(tenantId), producer),
    occurredAt: new Date(at).toISOString(),
  } as Envelope;
}
