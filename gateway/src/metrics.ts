import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/** The gateway's Prometheus metrics, served at GET /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
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
    streamed: new Counter({
      name: 'switchboard_gateway_events_streamed_total',
      help: 'Domain events appended to tenant streams',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
