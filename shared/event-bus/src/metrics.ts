import { deadLetterQueueOf, queueOf } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import { Gauge, type Registry } from 'prom-client';
import { deliveryStats } from './delivery-stats.js';
import type { AnyPgDatabase, Bus } from './types.js';

type BusMetricsOptions = {
  /** The service whose outbox and queue are measured. */
  service: string;
  bus: Bus;
  /** The service's database, holding its outbox; none for a process without one. */
  db?: AnyPgDatabase;
  /** Further consumers of the service with queues of their own (e.g. `tickets-csat`), measured alike. */
  consumers?: string[];
};

/**
 * Gauges read at each scrape: the outbox's unpublished rows and the age of the oldest (a relay
 * falling behind), and the depth and consumers of the service's queue and its dead-letter queue.
 */
export function registerBusMetrics(
  registry: Registry,
  { service, bus, db, consumers = [] }: BusMetricsOptions,
): void {
  const names = [service, ...consumers];
  const queues = names.flatMap((name) => [queueOf(name), deadLetterQueueOf(name)]);
  new Gauge({
    name: 'switchboard_queue_messages',
    help: 'Messages ready in a queue: consumer lag for <service>.events, dead letters for .dlq',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      for (const queue of queues) {
        const depth = await bus.inspectQueue(queue);
        if (depth) this.set({ queue }, depth.messages);
      }
    },
  });
  new Gauge({
    name: 'switchboard_queue_consumers',
    help: 'Consumers attached to a queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      for (const queue of names.map(queueOf)) {
        const depth = await bus.inspectQueue(queue);
        if (depth) this.set({ queue }, depth.consumers);
      }
    },
  });
  registerDeliveryMetrics(registry);
  if (db) registerOutboxMetrics(registry, db);
}

function registerDeliveryMetrics(registry: Registry): void {
  new Gauge({
    name: 'switchboard_bus_redelivered_messages',
    help: 'Messages the broker delivered to this process again (flagged redelivered) since it started',
    registers: [registry],
    collect() {
      this.set(deliveryStats.redelivered);
    },
  });
  new Gauge({
    name: 'switchboard_bus_duplicate_events',
    help: 'Deliveries skipped since this process started because the event was already applied',
    registers: [registry],
    collect() {
      this.set(deliveryStats.duplicates);
    },
  });
}

function registerOutboxMetrics(registry: Registry, db: AnyPgDatabase): void {
  let last = { backlog: 0, oldestAgeSeconds: 0 };
  const read = async () => {
    const result = await db.execute<{ backlog: number; age: number | null }>(
      sql`select count(*)::int as backlog,
                 extract(epoch from now() - min(created_at))::float8 as age
          from outbox where published_at is null`,
    );
    const row = (result as unknown as { rows: { backlog: number; age: number | null }[] }).rows[0];
    last = { backlog: row?.backlog ?? 0, oldestAgeSeconds: row?.age ?? 0 };
  };
  new Gauge({
    name: 'switchboard_outbox_backlog',
    help: 'Events recorded in the outbox and not yet published',
    registers: [registry],
    async collect() {
      await read();
      this.set(last.backlog);
    },
  });
  new Gauge({
    name: 'switchboard_outbox_oldest_age_seconds',
    help: 'Age of the oldest unpublished outbox event (0 when none)',
    registers: [registry],
    collect() {
      this.set(last.oldestAgeSeconds);
    },
  });
}
