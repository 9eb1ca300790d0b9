import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3Server } from '@switchboard/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, outbox } from '../src/data/schema.js';
import { signatureOf } from '../src/domain/channel-signature.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

const MiB = 1024 * 1024;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
/** A 5 MB "PDF": the header a viewer looks for, then bytes no two runs share. */
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(5 * MiB)]);

type Stack = { h: TicketsHarness; team: Team; ticketId: string };

async function upload(
  s: Stack,
  as: Member,
  bytes: Buffer,
  type: string,
  name = 'invoice.pdf',
  ticketId = s.ticketId,
) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const res = await fetch(`${s.h.url}/api/tickets/${ticketId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${as.token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(s: Stack, as: Member, id: string) {
  const res = await fetch(`${s.h.url}/api/attachments/${id}`, {
    headers: { authorization: `Bearer ${as.token}` },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A ticket the team's agent works on (an agent may only add files to their own). */
async function agentTicket(h: TicketsHarness, team: Team) {
  const created = await h.call('POST', '/api/tickets', {
    as: team.agent,
    body: { subject: 'The invoice is wrong', priority: 'medium', customer: { name: 'Ada' } },
  });
  await h.call('POST', `/api/tickets/${created.body.id}/assign`, {
    as: team.agent,
    body: { agentId: team.agent.userId },
  });
  return created.body.id as string;
}

const rowsOf = (h: TicketsHarness, tenantId: string) =>
  h.deps.db.select().from(attachments).where(eq(attachments.tenantId, tenantId));

describe.each([
  ['on local disk', 'disk'],
  ['in S3 (s3rver)', 's3'],
] as const)('attachments stored %s', (_where, driver) => {
  const s = {} as Stack;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (driver === 's3') {
      const server = await startS3Server();
      s.h = await startTickets(server.env);
      cleanup = server.stop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'sb-attachments-'));
      s.h = await startTickets({ ATTACHMENTS_DIR: dir });
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
    s.team = await s.h.tenant();
    s.ticketId = await agentTicket(s.h, s.team);
  });
  afterAll(async () => {
    await s.h?.stop();
    await cleanup?.();
  });

  it('a 5 MB PDF uploads, goes out with a reply and downloads byte-identical', async () => {
    const up = await upload(s, s.team.agent, pdf, 'application/pdf', 'Factura ñ.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: up.body.id,
      filename: 'Factura ñ.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });

    const reply = await s.h.call('POST', `/api/tickets/${s.ticketId}/messages`, {
      as: s.team.agent,
      body: { body: 'Here is the corrected invoice', attachmentIds: [up.body.id] },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.attachments).toEqual([up.body]);

    const thread = await s.h.call('GET', `/api/tickets/${s.ticketId}/messages`, { as: s.team.supervisor });
    const sent = thread.body.data.find((m: { id: string }) => m.id === reply.body.id);
    expect(sent.attachments).toEqual([up.body]);

    const [event] = await s.h.deps.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.type, 'message.created'), eq(outbox.tenantId, s.team.tenantId)));
    const envelope = event?.envelope as { data: { attachments: unknown } } | undefined;
    expect(envelope?.data.attachments).toEqual([up.body]);

    const { res, bytes } = await download(s, s.team.viewer, up.body.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Factura _.pdf"; filename*=UTF-8''Factura%20%C3%B1.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(bytes.equals(pdf)).toBe(true);
  });

  it('another tenant gets 404 for the file, as for one that does not exist', async () => {
    const up = await upload(s, s.team.agent, Buffer.from('hello'), 'text/plain', 'note.txt');
    const other = await s.h.tenant();
    const theirs = await download(s, other.admin, up.body.id);
    expect(theirs.res.status).toBe(404);
    expect(JSON.parse(theirs.bytes.toString())).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await download(s, other.admin, crypto.randomUUID())).res.status).toBe(404);
    const upload404 = await upload(s, other.agent, Buffer.from('x'), 'text/plain', 'x.txt', s.ticketId);
    expect(upload404.status).toBe(404);
  });

  it('an agent without access to the ticket gets 404; a viewer may read but not upload', async () => {
    const up = await upload(s, s.team.agent, Buffer.from('hello'), 'text/plain', 'note.txt');
    expect((await download(s, s.team.otherAgent, up.body.id)).res.status).toBe(404);
    const viewer = await upload(s, s.team.viewer, Buffer.from('x'), 'text/plain', 'x.txt');
    expect(viewer.status).toBe(403);
  });

  it('a 30 MB file gets 413 and a disallowed type 415; nothing is kept of either', async () => {
    const before = (await rowsOf(s.h, s.team.tenantId)).length;
    const big = await upload(s, s.team.agent, Buffer.alloc(30 * MiB, 7), 'application/pdf', 'big.pdf');
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const html = await upload(s, s.team.agent, Buffer.from('<script>'), 'text/html', 'page.html');
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect((await rowsOf(s.h, s.team.tenantId)).length).toBe(before);
  });

  it("a message may carry only this ticket's files that were not sent yet", async () => {
    const up = await upload(s, s.team.agent, Buffer.from('a'), 'text/plain', 'a.txt');
    const send = (ids: string[], ticketId = s.ticketId) =>
      s.h.call('POST', `/api/tickets/${ticketId}/messages`, {
        as: s.team.agent,
        body: { body: 'See attached', attachmentIds: ids },
      });
    expect((await send([up.body.id])).status).toBe(201);
    const again = await send([up.body.id]);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { details: [{ field: 'attachmentIds.0' }] } });
    const elsewhere = await agentTicket(s.h, s.team);
    const fresh = await upload(s, s.team.agent, Buffer.from('b'), 'text/plain', 'b.txt');
    expect((await send([fresh.body.id], elsewhere)).status).toBe(400);
    expect((await send([crypto.randomUUID()])).status).toBe(400);
  });
});

describe("an inbound channel message's media_url", () => {
  let h: TicketsHarness;
  let dir: string;
  const media = createServer((req, res) => {
    if (req.url === '/photo.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    } else res.writeHead(404).end();
  });
  let base: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sb-media-'));
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
    h = await startTickets({ ATTACHMENTS_DIR: dir, MEDIA_ALLOWED_HOSTS: '127.0.0.1' });
  });
  afterAll(async () => {
    await h?.stop();
    media.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function deliver(tenantId: string, secret: string, externalId: string, mediaUrl: string) {
    const raw = JSON.stringify({
      externalId,
      from: { name: 'Wanda', phone: '+49 30 1234567' },
      text: 'Look at this',
      timestamp: new Date().toISOString(),
      media_url: mediaUrl,
    });
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/channels/inbound/${tenantId}`,
      headers: { 'content-type': 'application/json', 'x-signature': signatureOf(secret, raw) },
      payload: raw,
    });
    return { status: res.statusCode, body: res.json() };
  }

  it('is fetched and stored as the attachment of the customer message', async () => {
    const team = await h.tenant();
    const secret = (await h.call('GET', '/api/channels', { as: team.admin })).body.secret;
    const got = await deliver(team.tenantId, secret, 'wa-media-1', `${base}/photo.png`);
    expect(got.status).toBe(201);
    const thread = await h.call('GET', `/api/tickets/${got.body.ticketId}/messages`, { as: team.supervisor });
    const [message] = thread.body.data;
    expect(message.attachments).toMatchObject([
      { filename: 'photo.png', contentType: 'image/png', size: png.length },
    ]);
    const file = await h.app.inject({
      method: 'GET',
      url: `/api/attachments/${message.attachments[0].id}`,
      headers: { authorization: `Bearer ${team.supervisor.token}` },
    });
    expect(file.rawPayload.equals(png)).toBe(true);
    // A repeat of the same externalId stores nothing more.
    expect((await deliver(team.tenantId, secret, 'wa-media-1', `${base}/photo.png`)).status).toBe(200);
    expect(await rowsOf(h, team.tenantId)).toHaveLength(1);
  });

  it('is refused, and nothing stored, when it is not public, not allowed or not there', async () => {
    const team = await h.tenant();
    const secret = (await h.call('GET', '/api/channels', { as: team.admin })).body.secret;
    const metadata = await deliver(team.tenantId, secret, 'wa-2', 'http://169.254.169.254/latest/meta-data');
    expect(metadata).toMatchObject({ status: 400, body: { error: { details: [{ field: 'media_url' }] } } });
    expect((await deliver(team.tenantId, secret, 'wa-3', `${base}/page`)).status).toBe(415);
    expect((await deliver(team.tenantId, secret, 'wa-4', `${base}/missing`)).status).toBe(400);
    const thread = await h.call('GET', '/api/tickets', { as: team.supervisor });
    expect(thread.body.data).toEqual([]);
    expect(await rowsOf(h, team.tenantId)).toEqual([]);
  });
});
