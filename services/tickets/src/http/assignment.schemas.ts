import { z } from 'zod';
import { normalise } from '../domain/assignment.js';

const label = z.string().trim().min(1).max(50);

/** PUT /api/assignment/settings: the whole of a tenant's auto-assignment settings. */
export const assignmentSettingsBody = z
  .object({
    enabled: z.boolean().describe('Whether NEW tickets are given out automatically'),
    defaultCapacity: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Open tickets (ASSIGNED, IN_PROGRESS, PENDING) per agent without a capacity of their own'),
    reassignAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(10_080)
      .nullable()
      .describe('An ASSIGNED ticket without a public reply from its assignee this long goes to someone else'),
    categoryDepartments: z
      .record(label, label)
      .describe('Ticket category → the department whose agents take it')
      .refine((map) => Object.keys(map).length <= 200, 'at most 200 categories')
      .refine(
        (map) => new Set(Object.keys(map).map(normalise)).size === Object.keys(map).length,
        'categories must differ by more than case',
      ),
  })
  .strict();

export const agentIdParams = z.object({ id: z.uuid('must be an agent id') });

/** PUT /api/assignment/agents/:id: how much work an agent takes, and which categories besides their department's. */
export const agentProfileBody = z
  .object({
    capacity: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .describe("Open tickets the agent takes; null for the tenant's default, 0 for none"),
    skills: z
      .array(label)
      .max(50)
      .transform((skills) =>
        skills.filter((s, i) => skills.findIndex((t) => normalise(t) === normalise(s)) === i),
      )
      .optional()
      .describe('Categories the agent also takes; left as they are when absent'),
  })
  .strict();

export const assignmentSettingsResponse = assignmentSettingsBody;

export const assignmentProfileResponse = z.object({
  agentId: z.uuid(),
  role: z.string(),
  department: z.string().nullable(),
  capacity: z.number().int().nullable().describe("Null when the tenant's default applies"),
  skills: z.array(z.string()),
  readyForWork: z
    .boolean()
    .describe('Whether presence has made the agent available for auto-assignment (clocked in, online)'),
});
