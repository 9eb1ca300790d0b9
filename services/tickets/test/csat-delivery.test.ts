import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newEvent } from '@switchboard/contracts';
import { type Mailbox, startMailbox, waitFor } from '@switchboard/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csatSurveys, outbox } from '../src/data/schema.js';
import { signatureOf } from '../src/domain/channel-signature.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

/*
 * docs/tickets.md "CSAT": a resolved ticket's survey link reaches the customer over each channel
 * the ticket has — the tenant's channel callback and email — once, however often the event comes.
 */

type Received = {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { ticketId: string; surveyUrl: string; text: string };
};
const PUBLIC_URL = 'https://support.example.test';

let h: TicketsHarness;
let mailbox: Mailbox;
const callbacks: Received[] = [];
/** How many of the next callbacks the channel refuses with a 500. */
let failNext = 0;
const channel = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (failNext > 0) {
      failNext--;
      res.writeHead(500).end();
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    callbacks.push({ headers: req.headers, raw, body: JSON.parse(raw) });
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  mailbox = await startMailbox();
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  h = await startTickets({
    SMTP_URL: mailbox.url,
    PUBLIC_URL,
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    METRICS_TOKEN: 'csat-metrics-token-0123',
  });
});
afterAll(async () => {
  await h?.stop();
  await mailbox?.close();
  channel.close();
});

const callbackUrl = () => `http://127.0.0.1:${(channel.address() as AddressInfo).port}/switchboard`;
const tokenIn = (text: string) => /\/csat\/([\w-]+)/.exec(text)?.[1];
const mailsTo = (email: string) => mailbox.mails().filter((m) => m.to.includes(email));
const callbacksFor = (ticketId: string) => callbacks.filter((c) => c.body.ticketId === ticketId);

/** A tenant whose name the ticket service learnt from auth's tenant.created, with its channel set up. */
async function namedTenant(name: string) {
  const team = await h.tenant();
  const origin = { tenantId: team.tenantId, correlationId: 'test' };
  await h.publishApplied([
    newEvent('tenant.created', { tenantId: team.tenantId, name, slug: `t-${Date.now()}` }, origin, 'auth'),
  ]);
  const settings = await h.call('PUT', '/api/channels', {
    as: team.admin,
    body: { callbackUrl: callbackUrl() },
  });
  expect(settings.body).toMatchObject({ callbackUrl: callbackUrl() });
  return { team, secret: settings.body.secret as string };
}

/** A customer writing in over the signed channel webhook; answers the ticket id. */
async function customerWritesIn(tenantId: string, secret: string, email: string) {
  const raw = JSON.stringify({
    externalId: `ext-${email}`,
    from: { name: 'Carla Customer', email },
    text: 'My parcel is lost',
    timestamp: new Date().toISOString(),
  });
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/channels/inbound/${tenantId}`,
    headers: { 'content-type': 'application/json', 'x-signature': signatureOf(secret, raw) },
    payload: raw,
  });
  return res.json().ticketId as string;
}

async function resolve(agent: Member, ticketId: string) {
  await h.call('POST', `/api/tickets/${ticketId}/assign`, { as: agent, body: { agentId: agent.userId } });
  await h.call('PATCH', `/api/tickets/${ticketId}`, { as: agent, body: { status: 'IN_PROGRESS' } });
  const resolved = await h.call('PATCH', `/api/tickets/${ticketId}`, {
    as: agent,
    body: { status: 'RESOLVED' },
  });
  expect(resolved.status).toBe(200);
}

const resolvedEventOf = async (ticketId: string) => {
  const rows = await h.deps.db.select().from(outbox).where(eq(outbox.type, 'ticket.resolved'));
  const row = rows.find((r) => (r.envelope as { data: { ticketId: string } }).data.ticketId === ticketId);
  if (!row) throw new Error(`no ticket.resolved for ${ticketId}`);
  return row.envelope as Parameters<TicketsHarness['bus']['publish']>[0][number];
};

describe('the survey link reaches the customer', () => {
  let team: Team;
  let ticketId: string;
  let secret: string;
  const email = `carla-${Date.now()}@example.com`;

  beforeAll(async () => {
    const tenant = await namedTenant('Acme Parcels');
    team = tenant.team;
    ticketId = await customerWritesIn(team.tenantId, tenant.secret, email);
    failNext = 1; // the channel's first answer is a 500: the event is retried
    await resolve(team.agent, ticketId);
    secret = tenant.secret;
    await waitFor(
      'the link on both channels',
      () => callbacksFor(ticketId).length > 0 && mailsTo(email).length > 0,
    );
  });

  it('over the channel callback, signed, and by email, each once although the channel failed first', async () => {
    const [callback] = callbacksFor(ticketId);
    expect(callback?.headers['x-signature']).toBe(signatureOf(secret, callback?.raw ?? ''));
    const token = tokenIn(callback?.body.surveyUrl ?? '');
    expect(callback?.body.surveyUrl).toBe(`${PUBLIC_URL}/csat/${token}`);
    expect(callback?.body.text).toContain('Acme Parcels');
    const [mail] = mailsTo(email);
    expect(tokenIn(mail?.text ?? '')).toBe(token);
    expect(mail?.html).toContain(`href="${PUBLIC_URL}/csat/${token}"`);
    expect([callbacksFor(ticketId).length, mailsTo(email).length]).toEqual([1, 1]);
  });

  it('a redelivered event sends nothing again', async () => {
    const event = await resolvedEventOf(ticketId);
    await h.bus.publish([event, event]);
    // The survey queue is handled in arrival order: once a later ticket's link is out, both
    // redeliveries were handled before it.
    const later = `later-${Date.now()}@example.com`;
    const created = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: { subject: 'Another one', priority: 'low', customer: { name: 'Lou', email: later } },
    });
    await resolve(team.agent, created.body.id);
    await waitFor('the later ticket’s link', () => mailsTo(later).length > 0);
    expect([callbacksFor(ticketId).length, mailsTo(email).length]).toEqual([1, 1]);
  });

  it('the page data names the tenant only, and the answer is taken once', async () => {
    const token = tokenIn(mailsTo(email)[0]?.text ?? '');
    expect((await h.call('GET', `/api/csat/${token}`)).body).toEqual({
      tenantName: 'Acme Parcels',
      answered: false,
    });
    expect((await h.call('POST', `/api/csat/${token}`, { body: { rating: 4 } })).status).toBe(201);
    expect((await h.call('GET', `/api/csat/${token}`)).body).toEqual({
      tenantName: 'Acme Parcels',
      answered: true,
    });
    const again = await h.call('POST', `/api/csat/${token}`, { body: { rating: 1 } });
    expect([again.status, again.body.error.code]).toEqual([409, 'CONFLICT']);
    expect((await h.call('GET', '/api/csat/aaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
  });
});

describe('a ticket opened by staff for a customer with an email address', () => {
  it('gets the link by email only, and another tenant’s page shows that tenant’s name', async () => {
    const { team } = await namedTenant('Beta Bikes');
    const email = `bob-${Date.now()}@example.com`;
    const created = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: { subject: 'Brakes squeak', priority: 'low', customer: { name: 'Bob', email } },
    });
    await resolve(team.agent, created.body.id);
    await waitFor('the mail', () => mailsTo(email).length > 0);
    const token = tokenIn(mailsTo(email)[0]?.text ?? '');
    expect(mailsTo(email)[0]?.subject).toContain('Brakes squeak');
    expect(callbacksFor(created.body.id)).toEqual([]);
    expect((await h.call('GET', `/api/csat/${token}`)).body).toEqual({
      tenantName: 'Beta Bikes',
      answered: false,
    });
  });

  it('an expired survey is gone: no page data, no answer', async () => {
    const { team } = await namedTenant('Gamma Games');
    const email = `gina-${Date.now()}@example.com`;
    const created = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: { subject: 'Lost save', priority: 'low', customer: { name: 'Gina', email } },
    });
    await resolve(team.agent, created.body.id);
    await waitFor('the mail', () => mailsTo(email).length > 0);
    const token = tokenIn(mailsTo(email)[0]?.text ?? '') ?? '';
    await h.deps.db
      .update(csatSurveys)
      .set({ issuedAt: sql`now() - interval '31 days'` })
      .where(eq(csatSurveys.token, token));
    expect((await h.call('GET', `/api/csat/${token}`)).status).toBe(404);
    expect((await h.call('POST', `/api/csat/${token}`, { body: { rating: 5 } })).status).toBe(404);
  });
});

describe('the survey queue', () => {
  it('is measured like the service’s own: its depth, dead letters and consumer', async () => {
    const res = await h.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer csat-metrics-token-0123' },
    });
    expect(res.body).toMatch(/switchboard_queue_consumers\{queue="tickets-csat\.events"[^}]*\} 1/);
    expect(res.body).toMatch(/switchboard_queue_messages\{queue="tickets-csat\.events\.dlq"[^}]*\} 0/);
  });
});

describe('the channel callback setting', () => {
  it('is for admins, and refuses a private network unless allowed', async () => {
    const team = await h.tenant();
    const put = (as: Member, url: string | null) =>
      h.call('PUT', '/api/channels', { as, body: { callbackUrl: url } });
    expect((await put(team.agent, 'https://example.com/hook')).status).toBe(403);
    const privateUrl = await put(team.admin, 'http://10.1.2.3/hook');
    expect([privateUrl.status, privateUrl.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await put(team.admin, 'ftp://example.com/hook')).status).toBe(400);
    expect((await put(team.admin, 'https://example.com/hook')).body.callbackUrl).toBe(
      'https://example.com/hook',
    );
    expect((await put(team.admin, null)).body.callbackUrl).toBeNull();
  });
});
