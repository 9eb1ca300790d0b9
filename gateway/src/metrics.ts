import { createMetricsRegistry } from '@switchboard/http-kit';
import { Counter, Gauge } from 'prom-client';

/** The gateway's Prometheus metrics, served at GET /metrics with the HTTP and bus ones. */
export function createMetrics() {
  const registry = createMetricsRegistry('gateway');
  return {
    registry,
    sockets: new Gauge({
      name: 'switchboard_gateway_sockets',
      help: 'Authenticated sockets held by this gateway process, per tenant',
      labelNames: ['tenant'],
      registers: [registry],
    }),
    delivered: new Counter({
      name: 'switchboard_gateway_events_delivered_total',
      help: 'Client events sent live to sockets',
      registers: [registry],
    }),
    replayed: new Counter({
      name: 'switchboard_gateway_events_replayed_total',
      help: 'Client events sent to sockets by a resume',
      registers: [registry],
    }),
    droppedClientEvents: new Counter({
      name: 'switchboard_gateway_client_events_dropped_total',
      help: 'Client socket events dropped by the per-socket or per-tenant rate limit',
      labelNames: ['scope'],
      registers: [registry],
    }),
    streamed: new Counter({
      name: 'switchboard_gateway_events_streamed_total',
      help: 'Domain events appended to tenant streams',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
