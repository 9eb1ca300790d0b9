import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Call } from './stack.js';
import { createAgent, type TenantAdmin } from './tenants.js';
import { waitFor } from './wait-for.js';

/*
 * A tenant's channel as a test plays it: a local receiver for Switchboard's signed callbacks,
 * and customer messages signed into the inbound webhook. Resolving the customer's ticket brings
 * the CSAT survey link to the receiver (docs/tickets.md "CSAT").
 */
export async function startChannelReceiver() {
  const received: { ticketId: string; surveyUrl: string; text: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  /** The survey link the channel was sent for a ticket, once it arrives. */
  const linkFor = async (ticketId: string): Promise<string> =>
    (await waitFor(
      `survey link for ${ticketId}`,
      () => received.find((r) => r.ticketId === ticketId)?.surveyUrl,
    )) ?? '';
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, received, linkFor, close };
}

/** Points the tenant's channel at `callbackUrl`; answers the channel secret. */
export async function connectChannel(call: Call, admin: TenantAdmin, callbackUrl: string) {
  const res = await call('PUT', '/api/channels', { token: admin.token, body: { callbackUrl } });
  if (res.status !== 200) throw new Error(`channel settings failed: ${JSON.stringify(res.body)}`);
  return res.body.secret as string;
}

/** Who writes in: each phone number (or email) is a conversation of its own. */
export type ChannelCustomer = { name: string; phone?: string; email?: string; channelId?: string };

/** A customer's message signed into the tenant's inbound webhook, as their channel sends it. */
export async function customerWrites(call: Call, admin: TenantAdmin, text: string, from: ChannelCustomer) {
  const { secret } = (await call('GET', '/api/channels', { token: admin.token })).body;
  const message = {
    externalId: `wamid.${randomBytes(6).toString('hex')}`,
    from,
    text,
    timestamp: new Date().toISOString(),
  };
  // call() sends JSON.stringify(body): the very bytes signed here.
  const signature = `sha256=${createHmac('sha256', secret).update(JSON.stringify(message)).digest('hex')}`;
  const inbound = await call('POST', `/api/channels/inbound/${admin.tenantId}`, {
    body: message,
    headers: { 'x-signature': signature },
  });
  if (inbound.status !== 201) throw new Error(`inbound failed: ${JSON.stringify(inbound.body)}`);
  return inbound.body as { ticketId: string; messageId: string };
}

/** A customer writes in over the channel, an agent takes the ticket and resolves it; answers its id. */
export async function resolvedChannelTicket(call: Call, admin: TenantAdmin, email?: string) {
  const from = { name: 'Carla Customer', ...(email ? { email } : { phone: '+44 20 7946 0000' }) };
  const inbound = await customerWrites(call, admin, 'Where is my parcel?', from);
  const ticketId = inbound.ticketId;
  const agent = await createAgent(call, admin);
  const token = agent.token;
  await call('POST', `/api/tickets/${ticketId}/assign`, { token, body: { agentId: agent.id } });
  await call('PATCH', `/api/tickets/${ticketId}`, { token, body: { status: 'IN_PROGRESS' } });
  const resolved = await call('PATCH', `/api/tickets/${ticketId}`, { token, body: { status: 'RESOLVED' } });
  if (resolved.status !== 200) throw new Error(`resolve failed: ${JSON.stringify(resolved.body)}`);
  return ticketId;
}
