import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { customerProfileSchema, customerSchema, ticketSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, pageOf, paginationQuery } from '@switchboard/http-kit';
import {
  createCustomer,
  customerProfile,
  customersPage,
  customerTicketsPage,
  editCustomer,
} from '../actions/customers.js';
import { mergeCustomers } from '../actions/merge-customers.js';
import type { TicketsDeps } from '../deps.js';
import {
  createCustomerBody,
  customerIdParams,
  listCustomersQuery,
  mergeCustomerBody,
  patchCustomerBody,
} from './customers.schemas.js';

/** As Zendesk: whoever works tickets keeps contacts; folding duplicates is the queue managers'. */
const workers = requireRole('admin', 'supervisor', 'agent');
const managers = requireRole('admin', 'supervisor');
const profile = (description: string) => jsonResponse(description, customerProfileSchema);

/** Customers (contacts) of the tenant (docs/api.md §4.17). */
export function customersRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/customers',
    {
      preHandler: requireUser,
      schema: {
        querystring: listCustomersQuery,
        response: {
          200: jsonResponse(
            'A page of customers whose name, email or phone contains q',
            pageOf(customerSchema),
          ),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => customersPage(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/customers',
    {
      preHandler: workers,
      schema: {
        body: createCustomerBody,
        response: { 201: profile('The new customer'), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCustomer(deps, callerOf(request), request.body);
    },
  );

  app.get(
    '/api/customers/:id',
    {
      preHandler: requireUser,
      schema: {
        params: customerIdParams,
        response: {
          200: profile('The customer with counts of their tickets'),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => customerProfile(deps, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/customers/:id',
    {
      preHandler: workers,
      schema: {
        params: customerIdParams,
        body: patchCustomerBody,
        response: { 200: profile('The customer as changed'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => editCustomer(deps, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/customers/:id/tickets',
    {
      preHandler: requireUser,
      schema: {
        params: customerIdParams,
        querystring: paginationQuery,
        response: {
          200: jsonResponse(
            "A page of the customer's tickets the caller may read, newest first",
            pageOf(ticketSchema),
          ),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => customerTicketsPage(deps, callerOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/customers/:id/merge',
    {
      preHandler: managers,
      schema: {
        params: customerIdParams,
        body: mergeCustomerBody,
        response: {
          200: profile('The customer that remains, with the duplicate’s tickets and identities'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      mergeCustomers(deps, callerOf(request), request.params.id, request.body.intoCustomerId),
  );
}
