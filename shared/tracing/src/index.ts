export { activeTraceparent, inEventSpan, injectTraceContext, type TracedEvent } from './event-spans.js';
export { httpSpans } from './http-spans.js';
export { startTracing, type Tracing, tracer, tracingEnabled } from './start-tracing.js';
