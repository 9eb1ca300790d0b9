import { EXCHANGE } from '@switchboard/contracts';
import {
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { connect } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const scrape = async (url: string) =>
  (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${stack.metricsToken}` } })).text();
/** The value of the series `name` whose labels include `labels`, in a Prometheus text exposition. */
const sampleOf = (text: string, name: string, labels: Record<string, string> = {}) => {
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3]);
  }
  return undefined;
};

describe('Prometheus metrics', () => {
  it('count the requests, events and sockets of a burst, and a poison message in the DLQ', async () => {
    const admin = await signupTenant(stack.call);
    const agent = await createAgent(stack.call, admin);
    const created = (text: string) =>
      sampleOf(text, 'switchboard_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/tickets',
        status: '201',
      }) ?? 0;
    const countBefore = created(await scrape(stack.urls.TICKETS_URL));
    for (let i = 0; i < 7; i++) {
      const res = await stack.call('POST', '/api/tickets', {
        token: agent.token,
        body: { subject: `Burst ${i}`, description: 'x', priority: 'low' },
      });
      expect(res.status).toBe(201);
    }
    const after = await scrape(stack.urls.TICKETS_URL);
    expect(created(after)).toBe(countBefore + 7);
    expect(sampleOf(after, 'switchboard_outbox_backlog')).toBeGreaterThanOrEqual(0);

    const tab = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    await waitFor('gateway counts the tenant socket and delivered events', async () => {
      const gateway = await scrape(stack.baseUrl);
      const sockets = sampleOf(gateway, 'switchboard_gateway_sockets', { tenant: admin.tenantId });
      return sockets === 1 && (sampleOf(gateway, 'switchboard_gateway_events_delivered_total') ?? 0) > 0;
    });
    tab.close();

    // A message no consumer can read goes straight to the presence service's dead-letter queue.
    const connection = await connect(stack.vhost.url);
    const channel = await connection.createConfirmChannel();
    channel.publish(EXCHANGE, 'ticket.assigned', Buffer.from('{not json'), { persistent: true });
    await channel.waitForConfirms();
    await connection.close();
    await waitFor('the DLQ depth shows the poison message', async () => {
      const presence = await scrape(stack.urls.PRESENCE_URL);
      return sampleOf(presence, 'switchboard_queue_messages', { queue: 'presence.events.dlq' }) === 1;
    });
    const presence = await scrape(stack.urls.PRESENCE_URL);
    expect(sampleOf(presence, 'switchboard_queue_consumers', { queue: 'presence.events' })).toBe(1);
  });
});
