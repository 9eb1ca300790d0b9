import { helpStatusSchema, roleSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

const message = z.string().trim().min(1).max(2000).describe('The text, 1–2000 characters');

const audience = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('all'), value: z.null().optional() }).strict(),
    z.object({ type: z.literal('role'), value: roleSchema }).strict(),
    z.object({ type: z.literal('department'), value: z.string().trim().min(1).max(100) }).strict(),
    z
      .object({
        type: z.literal('agents'),
        value: z.array(z.uuid('must be an agent id')).min(1).max(500),
      })
      .strict(),
  ])
  .describe('all; a role; a department name; or agent ids of this tenant');

/** POST /api/broadcasts. */
export const broadcastBody = z.object({ message, audience }).strict();

/** POST /api/help-requests. */
export const helpRequestBody = z
  .object({
    ticketId: z.uuid('must be a ticket id').nullish().describe('The ticket the help is about'),
    message,
  })
  .strict();

/** GET /api/help-requests. */
export const helpRequestsQuery = paginationQuery.extend({
  status: helpStatusSchema.optional().describe('Only requests in this status'),
});

export const idParams = z.object({ id: z.uuid('must be an id') });
