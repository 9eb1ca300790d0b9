import { z } from 'zod';
import { emailField, fullNameField, passwordField, usernameField } from '../domain/agent-fields.js';

export const signupBody = z.object({
  tenantName: z.string().trim().min(2, 'must be at least 2 characters').max(100),
  fullName: fullNameField,
  email: emailField,
  username: usernameField,
  password: passwordField,
});

export const loginBody = z
  .object({
    email: z.string().trim().min(1).max(255).optional(),
    username: z.string().trim().min(1).max(255).optional(),
    password: z.string().min(1).max(1024),
    tenant: z.string().trim().min(1).max(100).optional().describe('Tenant id or slug'),
  })
  .refine((b) => b.email || b.username, { message: 'email or username is required', path: ['email'] });

export const refreshBody = z.object({ refreshToken: z.string().min(1).max(512) });
