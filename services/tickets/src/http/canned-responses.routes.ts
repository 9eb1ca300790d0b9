import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { cannedResponseSchema, cannedScopeSchema, shortCodeSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, noContent } from '@switchboard/http-kit';
import { z } from 'zod';
import {
  cannedList,
  changeCanned,
  createCanned,
  removeCanned,
  renderedCanned,
} from '../actions/canned-responses.js';
import type { TicketsDeps } from '../deps.js';

const fields = {
  shortCode: shortCodeSchema,
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1, 'must not be empty').max(10_000),
};
const createBody = z.object({ ...fields, scope: cannedScopeSchema });
const patchBody = z
  .object(fields)
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'give shortCode, title or body' });
const idParams = z.object({ id: z.uuid('must be a canned response id') });
const renderedParams = z.object({
  id: z.uuid('must be a ticket id'),
  cannedId: z.uuid('must be a canned response id'),
});
const listQuery = z.object({ q: z.string().trim().min(1, 'must not be blank').max(100).optional() });
const rendered = z.object({
  cannedResponseId: z.uuid(),
  body: z.string().describe('The text filled in for this ticket and caller, to edit before sending'),
});

const response = (description: string) => jsonResponse(description, cannedResponseSchema);
// Viewers read the shared responses but keep none (domain/canned-access.ts says who writes which).
const writers = requireRole('admin', 'supervisor', 'agent');

/** Canned responses (docs/api.md §4.15): the tenant's shared ones and each agent's own. */
export function cannedResponsesRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/canned-responses',
    {
      preHandler: requireUser,
      schema: {
        querystring: listQuery,
        response: {
          200: jsonResponse(
            "The tenant's shared responses and the caller's own, by short code; q in code, title or body",
            z.object({ data: z.array(cannedResponseSchema) }),
          ),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => cannedList(deps, callerOf(request), request.query.q),
  );

  app.post(
    '/api/canned-responses',
    {
      preHandler: writers,
      schema: {
        body: createBody,
        response: { 201: response('The new canned response'), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCanned(deps, callerOf(request), request.body);
    },
  );

  app.patch(
    '/api/canned-responses/:id',
    {
      preHandler: writers,
      schema: {
        params: idParams,
        body: patchBody,
        response: {
          200: response('The canned response as changed'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => changeCanned(deps, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/canned-responses/:id',
    {
      preHandler: writers,
      schema: {
        params: idParams,
        response: { 204: noContent('The canned response is gone'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeCanned(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tickets/:id/canned-responses/:cannedId/rendered',
    {
      preHandler: requireUser,
      schema: {
        params: renderedParams,
        response: {
          200: jsonResponse('The canned response filled in for this ticket', rendered),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => renderedCanned(deps, callerOf(request), request.params.id, request.params.cannedId),
  );
}
