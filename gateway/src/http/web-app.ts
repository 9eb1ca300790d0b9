import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { HttpApp } from '@switchboard/http-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Paths that belong to the API, the socket, the API reference (/docs, with its own page
 * policy), the CSAT survey page (/csat, with its own too) and the operators' /metrics (a 404
 * when not served), never to the app's client-side routes.
 */
const isServerPath = (url: string) => /^\/(api|socket\.io|docs|metrics|csat)(\/|\?|$)/.test(url);

/*
 * helmet's default policy adds `upgrade-insecure-requests`, which sends a plain-http local
 * install's assets to https. The app's page gets the same policy without it.
 */
const pagePolicy = [
  "default-src 'self'",
  "base-uri 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  // blob: for attachment previews, fetched with the user's token (an <img src> cannot send one).
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
].join('; ');

const notBuilt = `<!doctype html><meta charset="utf-8"><title>Switchboard</title>
<p>The web app is not built. Run <code>npm run build -w web</code> (or <code>./manage.sh start</code>) and reload.</p>`;

/**
 * docs/api.md §1: the built web app at `/`, with every other non-API path answered by index.html so the
 * app's own router decides (a reload on /supervisor/approvals works). Without a build the
 * gateway still runs and `/` says so.
 */
export async function webAppRoutes(app: HttpApp, distDir: string) {
  const built = existsSync(join(distDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, maxAge: '1h' });
    app.addHook('onSend', async (request, reply, payload) => {
      // A 304 revalidating a page (not an asset) carries the policy too: the browser takes the
      // revalidation's headers, and without it helmet's stricter default would apply.
      const revalidatedPage = reply.statusCode === 304 && !/\.\w+$/.test(request.url.split('?')[0] ?? '');
      const html = String(reply.getHeader('content-type')).startsWith('text/html') || revalidatedPage;
      if (!isServerPath(request.url) && html) {
        reply.header('content-security-policy', pagePolicy);
        reply.header('cache-control', 'no-cache');
      }
      return payload;
    });
  }
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    if (isServerPath(request.url)) {
      const path = request.url.split('?')[0];
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route for GET ${path}` } });
    }
    if (!built) return reply.status(503).type('text/html').send(notBuilt);
    return reply.sendFile('index.html');
  };
  // The static plugin serves `/` itself when built; these catch the app's client-side paths.
  if (!built) app.get('/', { config: { rateLimit: false } }, page);
  app.get('/*', { config: { rateLimit: false } }, page);
}
