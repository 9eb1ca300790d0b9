import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpApp } from '@switchboard/http-kit';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { webAppRoutes } from '../src/http/web-app.js';

const dist = mkdtempSync(join(tmpdir(), 'sb-web-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

async function appServing(dir: string) {
  const app = Fastify();
  await webAppRoutes(app as unknown as HttpApp, dir);
  return app;
}

describe('the gateway serves the web app at /', () => {
  it('serves index.html at / and for the app’s own paths, so a reload on a deep link works', async () => {
    const app = await appServing(dist);
    for (const url of ['/', '/console/approvals', '/agent/tickets/123']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('id="root"');
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    }
  });

  it('keeps its policy, which lets attachment previews (blob: images) show, on a revalidated page', async () => {
    const app = await appServing(dist);
    const first = await app.inject({ url: '/agent/tickets/123' });
    expect(first.headers['content-security-policy']).toContain("img-src 'self' data: blob:");
    const etag = String(first.headers.etag);
    const again = await app.inject({ url: '/agent/tickets/123', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.headers['content-security-policy']).toContain("img-src 'self' data: blob:");
  });

  it('serves the built assets, and never the page for an unknown API path', async () => {
    const app = await appServing(dist);
    const asset = await app.inject({ url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    for (const url of ['/api/reports/dashboard', '/docs/nothing-here']) {
      const api = await app.inject({ url });
      expect(api.statusCode, url).toBe(404);
      expect(api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('still runs without a build, and says the app is not built', async () => {
    const app = await appServing(join(dist, 'missing'));
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('not built');
    expect((await app.inject({ url: '/console/board' })).body).toContain('not built');
  });
});
