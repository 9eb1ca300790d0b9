import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { messageSchema, ticketSchema } from '@switchboard/contracts';
import {
  errorResponses,
  type HttpApp,
  jsonResponse,
  offsetOf,
  pageOf,
  paginationQuery,
  toPage,
} from '@switchboard/http-kit';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../actions/actor.js';
import { assignTicket } from '../actions/assign-ticket.js';
import { changeTicket } from '../actions/change-ticket.js';
import { getMessages, markRead, postMessage } from '../actions/messages.js';
import { createTicket, getTicket, readableTicket } from '../actions/tickets.js';
import { toTicket } from '../data/rows.js';
import { listHistory, listTickets } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import {
  assignBody,
  createTicketBody,
  historyResponse,
  listTicketsQuery,
  messageIdParams,
  patchTicketBody,
  postMessageBody,
  readReceiptResponse,
  ticketIdParams,
} from './tickets.schemas.js';

export const callerOf = (request: FastifyRequest): Caller => ({
  ...principalOf(request),
  correlationId: request.id,
});
const workers = requireRole('admin', 'supervisor', 'agent');
const ticket = (description: string) => jsonResponse(description, ticketSchema);

/** Tickets and their conversations (SPEC §4 "Ticket service"); every query is scoped to the caller's tenant. */
export function ticketsRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.post(
    '/api/tickets',
    {
      preHandler: workers,
      schema: {
        body: createTicketBody,
        response: { 201: ticket('The new ticket'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createTicket(deps, callerOf(request), request.body);
    },
  );

  app.get(
    '/api/tickets',
    {
      preHandler: requireUser,
      schema: {
        querystring: listTicketsQuery,
        response: {
          200: jsonResponse(
            'A page of tickets (an agent sees their own and unassigned ones)',
            pageOf(ticketSchema),
          ),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const filters = { ...request.query, visibleTo: caller.role === 'agent' ? caller.userId : undefined };
      const { rows, total } = await listTickets(
        deps.db,
        caller.tenantId,
        filters,
        request.query.limit,
        offsetOf(request.query),
      );
      return toPage(
        rows.map((r) => toTicket(r.ticket, r.customer)),
        total,
        request.query,
      );
    },
  );

  app.get(
    '/api/tickets/:id',
    {
      preHandler: requireUser,
      schema: {
        params: ticketIdParams,
        response: { 200: ticket('The ticket'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getTicket(deps, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/tickets/:id',
    {
      preHandler: workers,
      schema: {
        params: ticketIdParams,
        body: patchTicketBody,
        response: { 200: ticket('The ticket as changed'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => changeTicket(deps, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/tickets/:id/assign',
    {
      preHandler: workers,
      schema: {
        params: ticketIdParams,
        body: assignBody,
        response: { 200: ticket('The ticket as (un)assigned'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => assignTicket(deps, callerOf(request), request.params.id, request.body.agentId),
  );

  app.get(
    '/api/tickets/:id/history',
    {
      preHandler: requireUser,
      schema: {
        params: ticketIdParams,
        response: {
          200: jsonResponse("The ticket's history, oldest first", historyResponse),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await readableTicket(deps.db, caller, request.params.id);
      const rows = await listHistory(deps.db, caller.tenantId, request.params.id);
      return {
        data: rows.map((r) => ({
          id: r.id,
          actorId: r.actorId,
          action: r.action,
          changes: r.changes,
          at: r.at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/tickets/:id/messages',
    {
      preHandler: requireUser,
      schema: {
        params: ticketIdParams,
        querystring: paginationQuery,
        response: {
          200: jsonResponse("A page of the ticket's messages", pageOf(messageSchema)),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => getMessages(deps, callerOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/tickets/:id/messages',
    {
      preHandler: workers,
      schema: {
        params: ticketIdParams,
        body: postMessageBody,
        response: {
          201: jsonResponse('The new message', messageSchema),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return postMessage(deps, callerOf(request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/tickets/:id/messages/:messageId/read',
    {
      preHandler: requireUser,
      schema: {
        params: messageIdParams,
        response: {
          200: jsonResponse('The read receipt', readReceiptResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => markRead(deps, callerOf(request), request.params.id, request.params.messageId),
  );
}
