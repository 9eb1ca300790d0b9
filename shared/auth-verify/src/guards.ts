import type { Role } from '@switchboard/contracts';
import { forbidden, HttpError, unauthenticated } from '@switchboard/http-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AccessStateUnavailable, type Principal, type TokenVerifier } from './token-verifier.js';

declare module 'fastify' {
  interface FastifyInstance {
    verifyAccessToken: TokenVerifier;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Makes `requireRole` usable on this app; tokens are verified only on routes that ask for it. */
export function registerAuthentication(app: FastifyInstance, verifier: TokenVerifier): void {
  app.decorate('verifyAccessToken', verifier);
  app.decorateRequest('principal', null);
}

export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * preHandler: a valid access token, and one of `roles` when any are named (docs/api.md §3). The role is
 * the user's current one (a demotion counts at once), not only the token's claim.
 */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerTokenOf(request);
    if (!token) throw unauthenticated();
    const use = safeMethods.has(request.method) ? 'read' : 'write';
    try {
      request.principal = await request.server.verifyAccessToken(token, use);
    } catch (err) {
      if (err instanceof AccessStateUnavailable)
        throw new HttpError(
          503,
          'SERVICE_UNAVAILABLE',
          'Access cannot be checked right now; try again shortly',
        );
      throw unauthenticated('The access token is invalid or expired');
    }
    if (roles.length > 0 && !roles.includes(request.principal.role)) throw forbidden();
  };
}

export const requireUser = requireRole();

/** The principal of a route guarded by `requireRole`. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}
