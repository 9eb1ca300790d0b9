import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { type HttpApp, offsetOf, paginationQuery, toPage } from '@switchboard/http-kit';
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
  listTicketsQuery,
  messageIdParams,
  patchTicketBody,
  postMessageBody,
  ticketIdParams,
} from './tickets.schemas.js';

export const callerOf = (request: FastifyRequest): Caller => ({
  ...principalOf(request),
  correlationId: request.id,
});
const workers = requireRole('admin', 'supervisor', 'agent');

/** Tickets and their conversations (SPEC §4 "Ticket service"); every query is scoped to the caller's tenant. */
export function ticketsRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.post(
    '/api/tickets',
    { preHandler: workers, schema: { body: createTicketBody } },
    async (request, reply) => {
      reply.status(201);
      return createTicket(deps, callerOf(request), request.body);
    },
  );

  app.get(
    '/api/tickets',
    { preHandler: requireUser, schema: { querystring: listTicketsQuery } },
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
    { preHandler: requireUser, schema: { params: ticketIdParams } },
    async (request) => getTicket(deps, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/tickets/:id',
    { preHandler: workers, schema: { params: ticketIdParams, body: patchTicketBody } },
    async (request) => changeTicket(deps, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/tickets/:id/assign',
    { preHandler: workers, schema: { params: ticketIdParams, body: assignBody } },
    async (request) => assignTicket(deps, callerOf(request), request.params.id, request.body.agentId),
  );

  app.get(
    '/api/tickets/:id/history',
    { preHandler: requireUser, schema: { params: ticketIdParams } },
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
    { preHandler: requireUser, schema: { params: ticketIdParams, querystring: paginationQuery } },
    async (request) => getMessages(deps, callerOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/tickets/:id/messages',
    { preHandler: workers, schema: { params: ticketIdParams, body: postMessageBody } },
    async (request, reply) => {
      reply.status(201);
      return postMessage(deps, callerOf(request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/tickets/:id/messages/:messageId/read',
    { preHandler: requireUser, schema: { params: messageIdParams } },
    async (request) => markRead(deps, callerOf(request), request.params.id, request.params.messageId),
  );
}
