import { createHash } from 'node:crypto';
import {
  connectChannel,
  resolvedChannelTicket,
  sharedStack,
  signupTenant,
  startChannelReceiver,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * docs/api.md §4.8: the survey page a customer opens from the link, served by the gateway without
 * login or script, and its form post turned into the answer API.
 */

const stack = sharedStack(inject('sharedStack'));
let channel: Awaited<ReturnType<typeof startChannelReceiver>>;
beforeAll(async () => {
  channel = await startChannelReceiver();
});
afterAll(() => channel?.close());

/** A resolved ticket's survey path (`/csat/<token>`), for a tenant named `name`. */
async function surveyPath(name: string) {
  const admin = await signupTenant(stack.call, name);
  await connectChannel(stack.call, admin, channel.url);
  const ticketId = await resolvedChannelTicket(stack.call, admin);
  return new URL(await channel.linkFor(ticketId)).pathname;
}

const open = (path: string) => fetch(`${stack.baseUrl}${path}`);
const answer = (path: string, form: Record<string, string>) =>
  fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

describe('the survey page', () => {
  let path: string;
  beforeAll(async () => {
    path = await surveyPath('<i>Acme</i> & "Sons"');
  });

  it('renders an accessible form that needs no script, naming the tenant escaped', async () => {
    const res = await open(path);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('name="viewport" content="width=device-width, initial-scale=1"');
    expect(html).toContain('&lt;i&gt;Acme&lt;/i&gt; &amp; &quot;Sons&quot;');
    expect(html).not.toContain('<i>Acme</i>');
    expect(html).not.toContain('<script');
    expect(html).toContain(`<form method="post" action="${path}">`);
    expect(html).toMatch(/<legend>Rate your experience/);
    for (const n of [1, 2, 3, 4, 5])
      expect(html).toMatch(
        new RegExp(
          `<label><input type="radio" name="rating" value="${n}" required><strong>${n}</strong> \\w`,
        ),
      );
    expect(html).toContain('<label for="comment">');
    expect(html).toContain('<textarea id="comment" name="comment"');
  });

  it('is allowed by its own policy: its form posts to itself, its stylesheet by hash, nothing else', async () => {
    const res = await open(path);
    const policy = res.headers.get('content-security-policy') ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(await res.text())?.[1] ?? '';
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('asks again, kindly, when no rating was chosen', async () => {
    const res = await answer(path, { comment: 'forgot the stars' });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Please choose a rating from 1 to 5');
  });

  it('records the answer once; a second answer is refused with thanks', async () => {
    const first = await answer(path, { rating: '5', comment: '<script>alert(1)</script> great' });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Your answer is recorded');

    const second = await answer(path, { rating: '1' });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('we already have your answer');
    const reopened = await open(path);
    expect([reopened.status, (await reopened.text()).includes('we already have your answer')]).toEqual([
      200,
      true,
    ]);

    const api = await stack.call('POST', `/api${path}`, { body: { rating: 2 } });
    expect([api.status, api.body.error.code]).toEqual([409, 'CONFLICT']);
  });
});

describe('a link that leads nowhere', () => {
  it('shows a kind 404 page for an unknown or malformed token, and the API a §2 404', async () => {
    for (const token of ['a'.repeat(32), 'short', '%3Cb%3Ebad%3C%2Fb%3E']) {
      const res = await open(`/csat/${token}`);
      const html = await res.text();
      expect(res.status, token).toBe(404);
      expect(html).toContain('This survey link is not valid');
      expect(html).not.toContain('<b>bad</b>');
      expect((await answer(`/csat/${token}`, { rating: '4' })).status).toBe(404);
    }
    const api = await stack.call('GET', `/api/csat/${'a'.repeat(32)}`);
    expect([api.status, api.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
