import type { Role } from '@switchboard/contracts';
import type { FastifyRequest } from 'fastify';
import { principalOf } from './guards.js';

/**
 * The caller of an action: the authenticated user, with the request's correlation id for the
 * events it causes. Every service's actions take this one type (services/README.md "Where things go").
 */
export type Caller = { userId: string; tenantId: string; role: Role; correlationId: string };

/** The caller of a route guarded by `requireRole`. */
export function callerOf(request: FastifyRequest): Caller {
  const { userId, tenantId, role } = principalOf(request);
  return { userId, tenantId, role, correlationId: request.id };
}
