import { now } from '@switchboard/clock';
import { catalog, type EventData, type EventType } from './catalog.js';
import type { Envelope } from './envelope.js';
import { uuidv7 } from './ids.js';

/** Who and what caused an event; carried from a request or a consumed event. */
export type EventContext = {
  tenantId: string;
  correlationId: string;
  causationId?: string | null;
};

/** Builds a validated envelope for `type`; throws if `data` breaks its contract. */
export function newEvent<T extends EventType>(
  type: T,
  data: EventData<T>,
  ctx: EventContext,
  producer: string,
): Envelope<EventData<T>> {
  const contract = catalog[type];
  return {
    id: uuidv7(),
    type,
    version: contract.version,
    tenantId: ctx.tenantId,
    occurredAt: now().toISOString(),
    producer,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId ?? null,
    data: contract.schema.parse(data) as EventData<T>,
  };
}
