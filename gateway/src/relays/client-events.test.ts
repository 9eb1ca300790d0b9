import { randomUUID } from 'node:crypto';
import { type Envelope, type EventType, streamEventSources } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { clientEvents } from './client-events.js';

/** An event of `type` with just enough data for a mapping to pick its name and rooms. */
const eventOf = (type: string) =>
  ({
    id: randomUUID(),
    type,
    tenantId: randomUUID(),
    data: { status: 'away', audience: { type: 'all', value: null }, userId: randomUUID() },
  }) as unknown as Envelope<never>;

describe('the domain events the gateway relays to browsers', () => {
  it('are exactly those the socket contract makes its stream events of, each under its own name', () => {
    const sources = new Set<string>(Object.values(streamEventSources).flat());
    expect(new Set(Object.keys(clientEvents))).toEqual(sources);
    for (const [type, mapping] of Object.entries(clientEvents)) {
      const { name } = mapping(eventOf(type));
      expect(streamEventSources[name] as readonly EventType[], `${type} → ${name}`).toContain(type);
    }
  });
});

describe("an agent's activity lines and performance", () => {
  it('reach the staff who read reports and the agent themself, never the other agents', () => {
    const [tenantId, agentId] = [randomUUID(), randomUUID()];
    for (const type of ['agent.activity_logged', 'agent.performance_changed'] as const) {
      const mapping = clientEvents[type] as (e: Envelope<never>) => { rooms: string[] };
      const { rooms } = mapping({
        id: randomUUID(),
        type,
        tenantId,
        data: { agentId },
      } as unknown as Envelope<never>);
      expect(rooms.sort(), type).toEqual(
        [
          `role:${tenantId}:admin`,
          `role:${tenantId}:supervisor`,
          `role:${tenantId}:viewer`,
          `user:${agentId}`,
        ].sort(),
      );
    }
  });
});
