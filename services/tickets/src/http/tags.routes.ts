import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { ticketSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { setTags, tagCounts } from '../actions/tags.js';
import type { TicketsDeps } from '../deps.js';
import { putTagsBody, tagCountsResponse } from './tags.schemas.js';
import { ticketIdParams } from './tickets.schemas.js';

/** Ticket tags (docs/api.md §4.14); every query is scoped to the caller's tenant. */
export function tagsRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.put(
    '/api/tickets/:id/tags',
    {
      preHandler: requireRole('admin', 'supervisor', 'agent'),
      schema: {
        params: ticketIdParams,
        body: putTagsBody,
        response: {
          200: jsonResponse('The ticket with its tags as given', ticketSchema),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => setTags(deps, callerOf(request), request.params.id, request.body.tags),
  );

  app.get(
    '/api/tags',
    {
      preHandler: requireUser,
      schema: {
        response: {
          200: jsonResponse("The tenant's tags with how many tickets carry each", tagCountsResponse),
          ...errorResponses(401),
        },
      },
    },
    async (request) => tagCounts(deps, callerOf(request)),
  );
}
