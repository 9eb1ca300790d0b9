import { roleSchema } from '@switchboard/contracts';
import { pageOf, paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

/** GET /api/audit and /api/audit/export filters (docs/api.md §4.20). */
export const auditFilters = z
  .object({
    actorId: z.uuid('must be a user id').optional(),
    action: z.string().trim().min(1).max(64).optional(),
    targetType: z.string().trim().min(1).max(64).optional(),
    from: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).optional(),
    to: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).optional(),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to), {
    message: 'must not be after to',
    path: ['from'],
  });

export const auditQuery = z.intersection(auditFilters, paginationQuery);

const state = z.record(z.string(), z.unknown()).nullable();

export const auditEntry = z.object({
  id: z.uuid(),
  at: z.string(),
  actorId: z.uuid(),
  actorRole: roleSchema,
  action: z.string(),
  targetType: z.string(),
  targetId: z.uuid(),
  before: state,
  after: state,
  ip: z.string().nullable().describe('Always null: events do not carry the client address'),
  correlationId: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = pageOf(auditEntry);
