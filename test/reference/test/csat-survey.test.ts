import {
  connectChannel,
  createAgent,
  type Mailbox,
  resolvedChannelTicket,
  type Stack,
  signupTenant,
  startChannelReceiver,
  startMailbox,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * SPEC §8.5, "CSAT reaches the customer": on resolution the survey link goes out over the
 * ticket's channel — the channel's status callback and email — and the page the gateway serves
 * records the answer once. Its own stack: the ticket service mails through this file's SMTP peer.
 */

const PUBLIC_URL = 'https://help.reference.test';
let stack: Stack;
let mailbox: Mailbox;
let channel: Awaited<ReturnType<typeof startChannelReceiver>>;

beforeAll(async () => {
  [mailbox, channel] = await Promise.all([startMailbox(), startChannelReceiver()]);
  const unlimited = { RATE_LIMIT_PER_MINUTE: '1000000' };
  stack = await startStack({
    gatewayEnv: unlimited,
    authEnv: unlimited,
    ticketsEnv: { ...unlimited, SMTP_URL: mailbox.url, PUBLIC_URL },
  });
});
afterAll(async () => {
  await stack?.stop();
  await Promise.all([mailbox?.close(), channel?.close()]);
});

const mailsTo = (email: string) => mailbox.mails().filter((m) => m.to.includes(email));
const linkIn = (text: string) => /https:\/\/\S+\/csat\/[\w-]+/.exec(text)?.[0] ?? '';
/** The link's page, opened through the gateway (PUBLIC_URL is the gateway as customers reach it). */
const open = (link: string, form?: Record<string, string>) =>
  fetch(`${stack.baseUrl}${new URL(link).pathname}`, {
    ...(form
      ? {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form).toString(),
        }
      : {}),
  });

describe('the survey link reaches the customer and records one answer', () => {
  it('over the channel callback and by email, for a customer who wrote in over the channel', async () => {
    const admin = await signupTenant(stack.call, 'Reference Parcels');
    await connectChannel(stack.call, admin, channel.url);
    const email = `carla-${Date.now()}@example.com`;
    const ticketId = await resolvedChannelTicket(stack.call, admin, email);

    const link = await channel.linkFor(ticketId);
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/csat/[\\w-]{16,}$`));
    await waitFor('the survey mail', () => mailsTo(email).length > 0);
    expect(linkIn(mailsTo(email)[0]?.text ?? '')).toBe(link);

    const page = await open(link);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Reference Parcels');
    expect(html).toContain('name="rating" value="5"');

    const answered = await open(link, { rating: '4', comment: 'Found it, thanks' });
    expect([answered.status, (await answered.text()).includes('Your answer is recorded')]).toEqual([
      200,
      true,
    ]);
    const again = await open(link, { rating: '1' });
    expect([again.status, (await again.text()).includes('we already have your answer')]).toEqual([409, true]);
    const api = await stack.call('POST', `/api${new URL(link).pathname}`, { body: { rating: 3 } });
    expect([api.status, api.body.error.code]).toEqual([409, 'CONFLICT']);
    expect(channel.received.filter((r) => r.ticketId === ticketId)).toHaveLength(1);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('by email only, for a ticket staff opened for a customer with an address', async () => {
    const admin = await signupTenant(stack.call, 'Reference Bikes');
    await connectChannel(stack.call, admin, channel.url);
    const agent = await createAgent(stack.call, admin);
    const email = `bob-${Date.now()}@example.com`;
    const created = await stack.call('POST', '/api/tickets', {
      token: agent.token,
      body: { subject: 'Brakes squeak', priority: 'low', customer: { name: 'Bob', email } },
    });
    const id = created.body.id as string;
    await stack.call('POST', `/api/tickets/${id}/assign`, {
      token: agent.token,
      body: { agentId: agent.id },
    });
    await stack.call('PATCH', `/api/tickets/${id}`, { token: agent.token, body: { status: 'IN_PROGRESS' } });
    await stack.call('PATCH', `/api/tickets/${id}`, { token: agent.token, body: { status: 'RESOLVED' } });

    await waitFor('the survey mail', () => mailsTo(email).length > 0);
    const link = linkIn(mailsTo(email)[0]?.text ?? '');
    const page = await open(link);
    expect(await page.text()).toContain('Reference Bikes');
    expect(channel.received.some((r) => r.ticketId === id)).toBe(false);
    const unknown = await open(`${PUBLIC_URL}/csat/${'z'.repeat(32)}`);
    expect([unknown.status, (await unknown.text()).includes('This survey link is not valid')]).toEqual([
      404,
      true,
    ]);
  });
});
