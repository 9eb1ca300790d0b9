import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { registerAuthentication } from './guards.js';
import { revokedUsers } from './revoked-users.js';
import { createTokenVerifier, remoteKeys } from './token-verifier.js';

type Deps = {
  config: { AUTH_URL: string; JWT_ISSUER: string; REVOKED_USERS_KEY_PREFIX: string };
  redis: Parameters<typeof revokedUsers>[0];
  logger: Logger;
};

/** How a service other than auth checks tokens: auth's published keys, and its revocation lists. */
export function registerAuthServiceTokens(app: FastifyInstance, { config, redis, logger }: Deps): void {
  const keys = remoteKeys(`${config.AUTH_URL}/api/auth/.well-known/jwks.json`);
  const revoked = revokedUsers(redis, config.REVOKED_USERS_KEY_PREFIX);
  registerAuthentication(app, createTokenVerifier(keys, config.JWT_ISSUER, revoked, logger));
}
