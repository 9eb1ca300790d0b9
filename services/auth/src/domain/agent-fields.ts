import { roleSchema } from '@switchboard/contracts';
import { z } from 'zod';

/* Field rules of the agent management plan (docs/api.md §8.2), shared by signup and the agents API. */
export const usernameField = z
  .string()
  .regex(/^[a-zA-Z0-9_]{3,50}$/, 'must be 3-50 letters, digits or underscores');
export const emailField = z.email('must be a valid email address').max(255).toLowerCase();
export const fullNameField = z.string().trim().min(2, 'must be at least 2 characters').max(255);
export const departmentField = z.string().trim().min(2, 'must be at least 2 characters').max(100);
export const phoneField = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[\d\s\-()]+$/, 'may hold only digits, spaces, dashes, brackets and a leading +');
export const avatarField = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048);
export const passwordField = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128)
  .regex(
    /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)/,
    'must contain a lowercase letter, an uppercase letter and a digit',
  );

export const createAgentBody = z.object({
  username: usernameField,
  email: emailField,
  fullName: fullNameField,
  role: roleSchema,
  department: departmentField,
  phone: phoneField.optional(),
  password: passwordField,
});
export type CreateAgent = z.infer<typeof createAgentBody>;

export const updateAgentBody = z
  .object({
    username: usernameField,
    email: emailField,
    fullName: fullNameField,
    role: roleSchema,
    department: departmentField,
    phone: phoneField.nullable(),
    avatar: avatarField.nullable(),
    isActive: z.boolean(),
  })
  .partial()
  .strict();
export type AgentChanges = z.infer<typeof updateAgentBody>;

/** Bulk updates leave out the fields that must stay unique per agent. */
export const bulkChangesBody = updateAgentBody.omit({ username: true, email: true });
