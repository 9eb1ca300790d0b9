import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { messageSchema, ticketSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, pageOf, paginationQuery } from '@switchboard/http-kit';
import { assignTicket } from '../actions/assign-ticket.js';
import { changeTicket } from '../actions/change-ticket.js';
import { getMessages, markRead, postMessage } from '../actions/messages.js';
import { ticketHistory, ticketsPage } from '../actions/ticket-views.js';
import { createTicket, getTicket } from '../actions/tickets.js';
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
  threadMessage,
  ticketIdParams,
} from './tickets.schemas.js';

const workers = requireRole('admin', 'supervisor', 'agent');
const ticket = (description: string) => jsonResponse(description, ticketSchema);

/** Tickets and their conversations (docs/api.md §4.3); every query is scoped to the caller's tenant. */
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
    async (request) => ticketsPage(deps, callerOf(request), request.query),
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
    async (request) => ticketHistory(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/api/tickets/:id/messages',
    {
      preHandler: requireUser,
      schema: {
        params: ticketIdParams,
        querystring: paginationQuery,
        response: {
          200: jsonResponse("A page of the ticket's messages", pageOf(threadMessage)),
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
