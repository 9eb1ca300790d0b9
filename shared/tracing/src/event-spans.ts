import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { tracer } from './start-tracing.js';

/** What a span of an event's flow is told about the event. */
export type TracedEvent = { id: string; type: string; correlationId: string; traceparent?: string };

/** The active trace context as a W3C `traceparent`; undefined outside a recorded span. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** Adds the active trace context to headers bound for another service. */
export function injectTraceContext(headers: Record<string, unknown>): void {
  propagation.inject(context.active(), headers);
}

/**
 * Runs `work` in a span that continues the event's trace (its `traceparent`), so whatever the work
 * does — events it records, jobs, socket emits — joins the flow that caused the event.
 */
export async function inEventSpan<T>(
  name: string,
  event: TracedEvent,
  attributes: Record<string, string | number>,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = event.traceparent
    ? propagation.extract(context.active(), { traceparent: event.traceparent })
    : context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.message.id': event.id,
        'switchboard.event_type': event.type,
        'switchboard.correlation_id': event.correlationId,
        ...attributes,
      },
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw err;
  } finally {
    span.end();
  }
}
