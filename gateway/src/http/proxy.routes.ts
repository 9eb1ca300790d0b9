import replyFrom from '@fastify/reply-from';
import { CORRELATION_HEADER, type HttpApp, jsonBytesProblem } from '@switchboard/http-kit';
import { injectTraceContext } from '@switchboard/tracing';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { aliasBody, referenceAliases } from './reference-aliases.js';
import { type Route, routes, type Service } from './upstreams.js';

const unavailable = (service: string) => ({
  error: {
    code: 'SERVICE_UNAVAILABLE',
    message: `The ${service} service is not reachable; try again shortly`,
  },
});

/** Forwards each routed path to its service, with the correlation id and the caller's IP. */
export async function proxyRoutes(app: HttpApp, upstreams: Record<Service, string>, timeoutMs: number) {
  await app.register(replyFrom, { undici: { headersTimeout: timeoutMs, bodyTimeout: timeoutMs } });
  // The body is passed through untouched: the owning service parses and validates it. Only the
  // text edge rule is kept here too, the gateway being the public edge (docs/security.md).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) => {
    const json = /^application\/([\w.+-]+\+)?json\b/i.test(req.headers['content-type'] ?? '');
    done((json && jsonBytesProblem(body as Buffer)) || null, body);
  });
  // A file upload streams through as it comes, unbuffered and past the gateway's body limit: the
  // ticket service holds the size limit (ATTACHMENT_MAX_BYTES, docs/api.md §4.16).
  app.addContentTypeParser('multipart/form-data', (_request, payload, done) => done(null, payload));
  for (const route of routes) {
    app.all(route.path, { config: { rateLimit: false } }, (request, reply) =>
      forward(request, reply, route, upstreams),
    );
  }
  // OmniSync's paths (docs/api.md §8.6): the same upstream handlers under their Switchboard paths.
  for (const alias of referenceAliases) {
    app.route({
      method: alias.method,
      url: alias.path,
      config: { rateLimit: false },
      handler: (request, reply) => {
        const params = request.params as Record<string, string>;
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const body = alias.body ? aliasBody(request.body, alias.body(params)) : request.body;
        const url = `${alias.target(params)}${query}`;
        return forward(request, reply, alias, upstreams, { url, body, contentType: 'application/json' });
      },
    });
  }
}

function forward(
  request: FastifyRequest,
  reply: FastifyReply,
  route: Pick<Route, 'service'>,
  upstreams: Record<Service, string>,
  target: { url: string; body: unknown; contentType?: string } = { url: request.url, body: request.body },
) {
  return reply.from(`${upstreams[route.service]}${target.url}`, {
    // The raw bytes as received; reply-from would otherwise re-encode a JSON body.
    ...(Buffer.isBuffer(target.body)
      ? {
          body: target.body,
          contentType: request.headers['content-type'] ?? target.contentType ?? 'application/octet-stream',
        }
      : {}),
    rewriteRequestHeaders: (_req, headers) => {
      const upstream: Record<string, unknown> = {
        ...headers,
        [CORRELATION_HEADER]: request.id,
        'x-forwarded-for': [headers['x-forwarded-for'], request.ip].filter(Boolean).join(', '),
      };
      injectTraceContext(upstream); // the service's span becomes a child of this request's
      return upstream as typeof headers;
    },
    onError: (res, { error }) => {
      request.log.warn({ err: error, service: route.service }, 'upstream unreachable');
      res.status(503).send(unavailable(route.service));
    },
  });
}
