import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export type Tracing = {
  /** Whether spans are recorded and exported (an OTLP endpoint is configured). */
  readonly enabled: boolean;
  /** Sends the spans still buffered; call last on shutdown. */
  shutdown(): Promise<void>;
};

let started: Tracing = { enabled: false, shutdown: async () => undefined };

/**
 * Records this process's spans and exports them over OTLP/HTTP to `endpoint` (its /v1/traces),
 * with W3C trace context propagation. Without an endpoint nothing is registered: the
 * OpenTelemetry API stays a no-op and costs next to nothing.
 */
export function startTracing(service: string, endpoint: string | undefined): Tracing {
  if (!endpoint) return started;
  const exporter = new OTLPTraceExporter({ url: new URL('v1/traces', withSlash(endpoint)).href });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    // Exported within half a second, so a trace is complete soon after the flow ends.
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 })],
  });
  provider.register();
  started = { enabled: true, shutdown: () => provider.shutdown() };
  return started;
}

/** True once startTracing registered a provider in this process. */
export const tracingEnabled = (): boolean => started.enabled;

/** The tracer every Switchboard span comes from. */
export const tracer = () => trace.getTracer('switchboard');

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
