import type { TokenVerifier } from '@switchboard/auth-verify';
import { type HttpApp, rateLimited, toErrorBody } from '@switchboard/http-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { GatewayConfig } from '../config.js';

/** One limited route: its method, its row in the routing table and, for a wildcard, the rest. */
type RouteLimit = {
  name: string;
  method: string;
  route: string;
  rest?: (wildcard: string) => boolean;
  max: number;
  windowMs: number;
};

/** The agent management plan's limits (docs/api.md §2), each from the environment (docs/operations.md). */
export const routeLimitsOf = (c: GatewayConfig): RouteLimit[] => [
  {
    name: 'agent-create',
    method: 'POST',
    route: '/api/agents',
    max: c.RATE_LIMIT_AGENT_CREATE_MAX,
    windowMs: c.RATE_LIMIT_AGENT_CREATE_WINDOW_MS,
  },
  {
    name: 'agent-list',
    method: 'GET',
    route: '/api/agents',
    max: c.RATE_LIMIT_AGENT_LIST_MAX,
    windowMs: c.RATE_LIMIT_AGENT_LIST_WINDOW_MS,
  },
  {
    name: 'agent-bulk',
    method: 'PUT',
    route: '/api/agents/*',
    rest: (id) => id === 'bulk',
    max: c.RATE_LIMIT_AGENT_BULK_MAX,
    windowMs: c.RATE_LIMIT_AGENT_BULK_WINDOW_MS,
  },
  {
    name: 'agent-update',
    method: 'PUT',
    route: '/api/agents/*',
    rest: (id) => id !== 'bulk' && !id.includes('/'),
    max: c.RATE_LIMIT_AGENT_UPDATE_MAX,
    windowMs: c.RATE_LIMIT_AGENT_UPDATE_WINDOW_MS,
  },
];

// One fixed window per key: the first hit sets its expiry, every hit reads what is left of it.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

type Deps = { redis: Redis; keyPrefix: string; verify: TokenVerifier; limits: RouteLimit[] };

/**
 * Counts each limited route per user (per IP for a caller without a valid token), in Redis so that
 * every gateway shares the count. The routed paths are matched as the router decoded them, so no
 * spelling of a path escapes its limit. Answers 429 RATE_LIMITED with Retry-After past the limit.
 */
export function registerRouteLimits(app: HttpApp, deps: Deps): void {
  app.addHook('onRequest', async (request, reply) => {
    const limit = limitOf(deps.limits, request);
    if (!limit) return;
    const subject = await subjectOf(request, deps.verify);
    const key = `${deps.keyPrefix}route:${limit.name}:${subject}`;
    let counted: [number, number];
    try {
      counted = (await deps.redis.eval(COUNT, 1, key, String(limit.windowMs))) as [number, number];
    } catch (err) {
      // Redis down: the services' own per-IP limit still holds; refusing everyone would be worse.
      request.log.warn({ err }, 'route limit not counted');
      return;
    }
    const [hits, ttlMs] = counted;
    const resetSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    setLimitHeaders(reply, limit, hits, resetSeconds);
    if (hits <= limit.max) return;
    const { status, body } = toErrorBody(rateLimited(resetSeconds));
    return reply.code(status).header('retry-after', String(resetSeconds)).send(body);
  });
}

function limitOf(limits: RouteLimit[], request: FastifyRequest): RouteLimit | undefined {
  const route = request.routeOptions.url;
  const wildcard = (request.params as Record<string, string> | undefined)?.['*'] ?? '';
  return limits.find(
    (l) => l.method === request.method && l.route === route && (!l.rest || l.rest(wildcard)),
  );
}

async function subjectOf(request: FastifyRequest, verify: TokenVerifier): Promise<string> {
  const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (token) {
    const principal = await verify(token).catch(() => null);
    if (principal) return `user:${principal.tenantId}:${principal.userId}`;
  }
  return `ip:${request.ip}`;
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), on every limited answer. */
function setLimitHeaders(reply: FastifyReply, limit: RouteLimit, hits: number, resetSeconds: number) {
  reply
    .header('ratelimit-limit', String(limit.max))
    .header('ratelimit-remaining', String(Math.max(0, limit.max - hits)))
    .header('ratelimit-reset', String(resetSeconds))
    .header('ratelimit-policy', `${limit.max};w=${Math.ceil(limit.windowMs / 1000)}`);
}
