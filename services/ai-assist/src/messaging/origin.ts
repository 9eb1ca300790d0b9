import type { Envelope, EventContext } from '@switchboard/contracts';

/** Events caused by a consumed event carry its correlation id, and it as their cause. */
export const originOf = (event: Envelope): EventContext => ({
  tenantId: event.tenantId,
  correlationId: event.correlationId,
  causationId: event.id,
});
