import { onlineStatusSchema, performanceLevels, roleSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';
import { agentSorts } from '../data/users.repository.js';
import { bulkChangesBody } from '../domain/agent-fields.js';

export const agentIdParams = z.object({ id: z.uuid('must be an agent id') });

export const listAgentsQuery = paginationQuery.extend({
  role: roleSchema.optional(),
  status: z.enum(['active', 'inactive']).optional(),
  onlineStatus: onlineStatusSchema.optional(),
  department: z.string().trim().min(1).max(100).optional(),
  search: z.string().trim().min(1).max(100).optional(),
  performanceLevel: z.enum(performanceLevels).optional(),
  sort: z.enum(agentSorts).default('-createdAt'),
});

export const searchAgentsQuery = listAgentsQuery.omit({ search: true }).extend({
  q: z.string().trim().min(1, 'is required').max(100),
});

export const bulkUpdateBody = z.object({
  agentIds: z.array(z.uuid()).min(1).max(100),
  updates: bulkChangesBody.refine((u) => Object.keys(u).length > 0, 'must change at least one field'),
});

export const agentStatsResponse = z.object({
  total: z.number().int(),
  active: z.number().int(),
  inactive: z.number().int(),
  online: z.number().int().describe('Active agents online; the breakdowns also count active agents only'),
  offline: z.number().int(),
  byRole: z.record(z.string(), z.number().int()),
  byDepartment: z.record(z.string(), z.number().int()),
});

export const bulkUpdateResponse = z.object({
  success: z.boolean().describe('True when every agent was updated'),
  updated: z.number().int(),
  errors: z
    .array(z.object({ agentId: z.uuid(), code: z.string(), message: z.string() }))
    .describe('One entry per agent left unchanged'),
});

export const deactivatedResponse = z.object({ success: z.boolean(), message: z.string() });
