import { callerOf, requireUser } from '@switchboard/auth-verify';
import { customerSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, pageOf, paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';
import { customersPage } from '../actions/customers.js';
import type { TicketsDeps } from '../deps.js';

export const listCustomersQuery = paginationQuery.extend({
  q: z.string().trim().min(1, 'must not be blank').max(200).optional(),
});

/** The customers the tenant's tickets name (docs/api.md §4.3); a customers entity grows from here. */
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
}
