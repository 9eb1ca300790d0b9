import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { agentPerformanceSchema } from './performance.events.js';

export const roles = ['admin', 'supervisor', 'agent', 'viewer'] as const;
export const roleSchema = z.enum(roles).describe('Role of a user within its tenant (docs/api.md §3)');
export type Role = z.infer<typeof roleSchema>;

export const onlineStatuses = ['online', 'away', 'busy', 'offline'] as const;
export const onlineStatusSchema = z.enum(onlineStatuses);
export type OnlineStatus = z.infer<typeof onlineStatusSchema>;

/** The public agent record (docs/api.md §4.2); never a password hash. */
export const agentSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  username: z.string().describe('Unique within the tenant'),
  email: z.string().describe('Unique within the tenant'),
  fullName: z.string(),
  role: roleSchema,
  department: z.string(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  onlineStatus: onlineStatusSchema,
  lastSeen: z.string().nullable().describe('ISO time the agent was last seen online'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agent = z.infer<typeof agentSchema>;

/**
 * The agent object the agents API answers (docs/api.md §4.2, reference/002): the account, and the
 * performance the auth service keeps from reporting's agent.performance_changed.
 */
export const agentDetailsSchema = agentSchema
  .extend({
    lastLoginAt: z.string().nullable().describe('ISO time of the last successful login'),
    avatar: z.string().nullable().describe('URL of the picture shown for the agent'),
  })
  .extend(agentPerformanceSchema.shape);
export type AgentDetails = z.infer<typeof agentDetailsSchema>;

export const TenantCreated = defineEvent(
  'tenant.created',
  1,
  z.object({
    tenantId: z.uuid(),
    name: z.string().describe('Display name of the tenant'),
    slug: z.string().describe('URL-safe unique tenant handle, usable at login'),
  }),
);

/** Who made a user change; optional: events before the audit log (issue 20) do not carry it. */
const userActor = z.uuid().nullable().optional().describe('Who made the change; null at signup');

export const UserCreated = defineEvent('user.created', 1, agentSchema.extend({ actorId: userActor }));
export const UserUpdated = defineEvent(
  'user.updated',
  1,
  agentSchema.extend({
    changed: z.array(z.string()).describe('Names of the fields that changed'),
    actorId: userActor,
  }),
);
export const UserDeactivated = defineEvent(
  'user.deactivated',
  1,
  z.object({
    userId: z.uuid(),
    deactivatedAt: z.string().describe('ISO time of the soft delete'),
    actorId: userActor,
  }),
);
