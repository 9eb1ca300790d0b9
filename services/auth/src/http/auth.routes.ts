import { principalOf, requireUser } from '@switchboard/auth-verify';
import { agentDetailsSchema } from '@switchboard/contracts';
import {
  errorResponses,
  type HttpApp,
  HttpError,
  jsonResponse,
  noContent,
  rateLimited,
  unauthenticated,
} from '@switchboard/http-kit';
import { getAgent } from '../actions/agents.js';
import { login } from '../actions/login.js';
import { logout, refresh } from '../actions/refresh.js';
import { signup } from '../actions/signup.js';
import type { AuthDeps } from '../deps.js';
import {
  jwksResponse,
  loginBody,
  refreshBody,
  signedInResponse,
  signupBody,
  signupResponse,
  tokenPairResponse,
} from './auth.schemas.js';

export function authRoutes(app: HttpApp, deps: AuthDeps): void {
  app.get(
    '/api/auth/.well-known/jwks.json',
    { schema: { response: { 200: jsonResponse('The keys that verify access tokens', jwksResponse) } } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return deps.keys.jwks();
    },
  );

  app.post(
    '/api/auth/signup',
    {
      schema: {
        body: signupBody,
        response: {
          201: jsonResponse('The new tenant, its admin, and their tokens', signupResponse),
          ...errorResponses(400, 409, 429),
        },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return signup(deps, request.body, request.id);
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        body: loginBody,
        response: {
          200: jsonResponse('Signed in', signedInResponse),
          ...errorResponses(400, 401, 429),
        },
      },
    },
    async (request, reply) => {
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
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      schema: {
        body: refreshBody,
        response: { 200: jsonResponse('A new token pair', tokenPairResponse), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const pair = await refresh(deps, request.body.refreshToken);
      if (!pair) throw unauthenticated('The refresh token is invalid, expired or revoked');
      return pair;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        body: refreshBody,
        response: { 204: noContent('The refresh token is revoked'), ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      await logout(deps, request.body.refreshToken);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      preHandler: requireUser,
      schema: {
        response: { 200: jsonResponse('The signed-in agent', agentDetailsSchema), ...errorResponses(401) },
      },
    },
    async (request) => {
      const { tenantId, userId } = principalOf(request);
      const agent = await getAgent(deps, tenantId, userId).catch(() => null);
      if (!agent?.isActive) throw unauthenticated('This account is no longer active');
      return agent;
    },
  );
}
