import { randomBytes } from 'node:crypto';
import {
  type Client,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectedSpan, startOtlpCollector } from './support/otlp-collector.js';

let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
let stack: Stack;
const tabs: Client[] = [];
beforeAll(async () => {
  collector = await startOtlpCollector();
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url };
  stack = await startStack({
    gatewayEnv: otel,
    authEnv: otel,
    ticketsEnv: otel,
    presenceEnv: otel,
    reportingEnv: otel,
  });
});
afterAll(async () => {
  for (const tab of tabs) tab.close();
  await stack?.stop();
  await collector?.stop();
});

/** A caller's own trace, as a browser or an upstream proxy would send it. */
const newTrace = () => {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
};
const has = (spans: CollectedSpan[], service: string, name: string) =>
  spans.find((s) => s.service === service && s.name === name);

/** The trace's spans once `complete` holds for them (spans are exported in batches, every 0.5 s). */
async function traceOnce(traceId: string, complete: (spans: CollectedSpan[]) => unknown) {
  await waitFor(`trace ${traceId} complete`, () => complete(collector.spansOf(traceId)), 30_000);
  return collector.spansOf(traceId);
}

describe('tracing, with an OTLP endpoint configured', () => {
  it('one trace follows a reply from the gateway through the ticket service, its event, every consumer and the socket emit', async () => {
    const admin = await signupTenant(stack.call, 'Traced');
    const board = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    tabs.push(board);
    const ticket = (
      await stack.call('POST', '/api/tickets', {
        token: admin.token,
        body: { subject: 'Traced', priority: 'high' },
      })
    ).body;

    const { traceId, traceparent } = newTrace();
    const res = await stack.call('POST', `/api/tickets/${ticket.id}/messages`, {
      token: admin.token,
      body: { body: 'Following this one' },
      headers: { traceparent },
    });
    expect(res.status).toBe(201);
    const correlationId = res.headers.get('x-correlation-id');
    await board.next('new_message', (m) => m.id === res.body.id);

    const spans = await traceOnce(
      traceId,
      (all) =>
        has(all, 'gateway', 'socket.emit new_message') &&
        has(all, 'reporting', 'consume message.created') &&
        has(all, 'presence', 'consume message.created') &&
        all.some((s) => s.service === 'tickets'),
    );
    // The ticket service's request span has a gateway span for parent: the trace crosses the proxy.
    const serviceOf = (spanId: string) => spans.find((s) => s.spanId === spanId)?.service;
    const parentServices = spans.filter((s) => s.service === 'tickets').map((s) => serviceOf(s.parentSpanId));
    expect(parentServices).toContain('gateway');
    for (const consumer of spans.filter((s) => s.name === 'consume message.created'))
      expect(consumer.attributes['switchboard.correlation_id']).toBe(correlationId);
    // The emit runs inside the gateway's consumer span of the same event.
    const emit = has(spans, 'gateway', 'socket.emit new_message');
    expect(spans.find((s) => s.spanId === emit?.parentSpanId)?.name).toBe('consume message.created');
  });

  it('an export job continues the trace of the request that queued it, up to its job_update emits', async () => {
    const admin = await signupTenant(stack.call, 'Traced exports');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const tab = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });
    tabs.push(tab);
    const today = new Date().toISOString().slice(0, 10);
    const { traceId, traceparent } = newTrace();
    const res = await stack.call('POST', '/api/reports/export', {
      token: supervisor.token,
      body: { report: 'team', from: today, to: today },
      headers: { traceparent },
    });
    expect(res.status).toBe(202);
    await tab.next('job_update', (u) => u.jobId === res.body.jobId && u.status === 'COMPLETED');

    const spans = await traceOnce(
      traceId,
      (all) => has(all, 'reporting', 'consume job.queued') && has(all, 'gateway', 'socket.emit job_update'),
    );
    expect(spans.filter((s) => s.name === 'consume job.updated').length).toBeGreaterThan(0);
  });
});
