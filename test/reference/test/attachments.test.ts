import { randomBytes } from 'node:crypto';
import {
  downloadFile,
  type SharedStack,
  type Stack,
  sharedStack,
  signupTenant,
  startS3Server,
  startStack,
  type TenantAdmin,
  uploadFile,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * Issue 19, "Attachments", through the gateway: a 5 MB PDF uploads, goes out with a reply and
 * downloads byte-identical, from disk (the shared stack's default) and from S3 (a stack of this
 * file over a real S3-protocol server); another tenant gets 404; 30 MB is 413; HTML is 415.
 */

const MiB = 1024 * 1024;
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(5 * MiB)]);

let s3Stack: Stack | undefined;
let stopS3: (() => Promise<void>) | undefined;
afterAll(async () => {
  await s3Stack?.stop();
  await stopS3?.();
});

async function s3Backed(): Promise<Pick<SharedStack, 'baseUrl' | 'call'>> {
  const server = await startS3Server();
  stopS3 = server.stop;
  s3Stack = await startStack({ ticketsEnv: server.env });
  return s3Stack;
}

describe.each([
  ['on disk', async () => sharedStack(inject('sharedStack'))],
  ['in S3', s3Backed],
])('a file stored %s, through the gateway', (_where, open) => {
  let stack: Pick<SharedStack, 'baseUrl' | 'call'>;
  let admin: TenantAdmin;
  let ticketId: string;
  beforeAll(async () => {
    stack = await open();
    admin = await signupTenant(stack.call, 'Attach Co');
    const ticket = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Send me the contract', priority: 'medium' },
    });
    ticketId = ticket.body.id;
  });
  const upload = (bytes: Buffer, type: string, name: string) =>
    uploadFile(stack.baseUrl, admin.token, ticketId, { bytes, type, name });

  it('a 5 MB PDF uploads, is sent with a reply and downloads byte-identical', async () => {
    const up = await upload(pdf, 'application/pdf', 'contract.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      filename: 'contract.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const reply = await stack.call('POST', `/api/tickets/${ticketId}/messages`, {
      token: admin.token,
      body: { body: 'The signed contract', attachmentIds: [up.body.id] },
    });
    expect(reply.status).toBe(201);
    const thread = await stack.call('GET', `/api/tickets/${ticketId}/messages`, { token: admin.token });
    expect(thread.body.data.at(-1).attachments).toEqual([up.body]);

    const { res, bytes } = await downloadFile(stack.baseUrl, admin.token, up.body.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="contract.pdf"');
    expect(bytes.equals(pdf)).toBe(true);

    const other = await signupTenant(stack.call, 'Other Co');
    const theirs = await downloadFile(stack.baseUrl, other.token, up.body.id);
    expect(theirs.res.status).toBe(404);
    expect(theirs.bytes.includes(pdf.subarray(0, 64))).toBe(false);
  });

  it('a 30 MB file gets 413 and a disallowed type 415, in the error shape', async () => {
    const big = await upload(Buffer.alloc(30 * MiB, 1), 'application/pdf', 'huge.pdf');
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    const html = await upload(Buffer.from('<script>alert(1)</script>'), 'text/html', 'x.html');
    expect(html).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });
});
