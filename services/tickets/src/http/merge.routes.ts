import { callerOf, requireRole } from '@switchboard/auth-verify';
import { ticketSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { z } from 'zod';
import { mergeTickets } from '../actions/merge-tickets.js';
import type { TicketsDeps } from '../deps.js';
import { ticketIdParams } from './tickets.schemas.js';

const mergeTicketBody = z
  .object({ intoTicketId: z.uuid('must be a ticket id').describe('The ticket that stays') })
  .strict();

/** POST /api/tickets/:id/merge (docs/api.md §4.19): a duplicate folded into the ticket that stays. */
export function mergeRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.post(
    '/api/tickets/:id/merge',
    {
      preHandler: requireRole('admin', 'supervisor'),
      schema: {
        params: ticketIdParams,
        body: mergeTicketBody,
        response: {
          200: jsonResponse('The ticket that stays, now holding both conversations', ticketSchema),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => mergeTickets(deps, callerOf(request), request.params.id, request.body.intoTicketId),
  );
}
