import { callerOf, requireRole } from '@switchboard/auth-verify';
import { macroSchema, ticketSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, noContent } from '@switchboard/http-kit';
import { z } from 'zod';
import { applyMacro } from '../actions/apply-macro.js';
import { changeMacro, createMacro, macrosOf, removeMacro } from '../actions/macros.js';
import type { TicketsDeps } from '../deps.js';
import { applyMacroParams, createMacroBody, macroIdParams, patchMacroBody } from './macros.schemas.js';

const workers = requireRole('admin', 'supervisor', 'agent');
const managers = requireRole('admin', 'supervisor');
const macro = (description: string) => jsonResponse(description, macroSchema);

/** Macros (docs/api.md §4.14): supervisors manage the tenant's, everyone who works tickets applies them. */
export function macrosRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/macros',
    {
      preHandler: workers,
      schema: {
        response: {
          200: jsonResponse("The tenant's macros, by name", z.object({ data: z.array(macroSchema) })),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => macrosOf(deps, callerOf(request)),
  );

  app.post(
    '/api/macros',
    {
      preHandler: managers,
      schema: {
        body: createMacroBody,
        response: { 201: macro('The new macro'), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createMacro(deps, callerOf(request), request.body);
    },
  );

  app.patch(
    '/api/macros/:id',
    {
      preHandler: managers,
      schema: {
        params: macroIdParams,
        body: patchMacroBody,
        response: { 200: macro('The macro as changed'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => changeMacro(deps, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/macros/:id',
    {
      preHandler: managers,
      schema: {
        params: macroIdParams,
        response: { 204: noContent('The macro is gone'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeMacro(deps, callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/tickets/:id/macros/:macroId',
    {
      preHandler: workers,
      schema: {
        params: applyMacroParams,
        response: {
          200: jsonResponse('The ticket after every step of the macro', ticketSchema),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => applyMacro(deps, callerOf(request), request.params.id, request.params.macroId),
  );
}
