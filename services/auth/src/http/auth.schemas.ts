import { agentSchema } from '@switchboard/contracts';
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

const tokenPair = z.object({
  accessToken: z.string().describe('JWT (EdDSA) for the Authorization: Bearer header'),
  refreshToken: z.string().describe('Opaque, single use: POST /api/auth/refresh rotates it'),
  expiresIn: z.number().int().describe('Seconds the access token is valid'),
});
export const tokenPairResponse = tokenPair;
export const signedInResponse = tokenPair.extend({ user: agentSchema });
export const signupResponse = signedInResponse.extend({
  tenant: z.object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string().describe('URL-safe tenant handle, usable as `tenant` at login'),
    createdAt: z.string(),
  }),
});

export const jwksResponse = z.object({
  keys: z
    .array(
      z.looseObject({ kid: z.string().optional(), kty: z.string().optional().describe('OKP: Ed25519 keys') }),
    )
    .describe('Public keys (JWK) that verify access tokens'),
});
