import { principalOf, requireUser } from '@switchboard/auth-verify';
import { type HttpApp, HttpError, rateLimited, unauthenticated } from '@switchboard/http-kit';
import { getAgent } from '../actions/agents.js';
import { login } from '../actions/login.js';
import { logout, refresh } from '../actions/refresh.js';
import { signup } from '../actions/signup.js';
import type { AuthDeps } from '../deps.js';
import { loginBody, refreshBody, signupBody } from './auth.schemas.js';

export function authRoutes(app: HttpApp, deps: AuthDeps): void {
  app.get('/api/auth/.well-known/jwks.json', async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=60');
    return deps.keys.jwks();
  });

  app.post('/api/auth/signup', { schema: { body: signupBody } }, async (request, reply) => {
    reply.status(201);
    return signup(deps, request.body, request.id);
  });

  app.post('/api/auth/login', { schema: { body: loginBody } }, async (request, reply) => {
    const { email, username, password, tenant } = request.body;
    const result = await login(deps, { identifier: email ?? username ?? '', password, tenant }, request.ip);
    if (result.outcome === 'throttled') {
      reply.header('retry-after', String(result.retryAfter));
      throw rateLimited(result.retryAfter);
    }
    if (result.outcome === 'ambiguous') {
      throw new HttpError(
        400,
        'VALIDATION_FAILED',
        'This account exists in several tenants: name the tenant',
        [{ field: 'tenant', message: 'is required for this account' }],
      );
    }
    if (result.outcome === 'bad-credentials') throw unauthenticated('Invalid credentials');
    return result.body;
  });

  app.post('/api/auth/refresh', { schema: { body: refreshBody } }, async (request) => {
    const pair = await refresh(deps, request.body.refreshToken);
    if (!pair) throw unauthenticated('The refresh token is invalid, expired or revoked');
    return pair;
  });

  app.post('/api/auth/logout', { schema: { body: refreshBody } }, async (request, reply) => {
    await logout(deps, request.body.refreshToken);
    return reply.status(204).send();
  });

  app.get('/api/auth/me', { preHandler: requireUser }, async (request) => {
    const { tenantId, userId } = principalOf(request);
    const agent = await getAgent(deps, tenantId, userId).catch(() => null);
    if (!agent?.isActive) throw unauthenticated('This account is no longer active');
    return agent;
  });
}
