import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { z } from 'zod';
import { submitCsat, surveyPage } from '../actions/csat.js';
import type { TicketsDeps } from '../deps.js';

const csatParams = z.object({ token: z.string().min(16).max(64) });
const csatBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2_000).optional(),
});
const csatAnswer = z.object({ ticketId: z.uuid(), rating: z.number().int(), answeredAt: z.string() });
const csatSurvey = z.object({
  tenantName: z.string().nullable().describe('The only thing of the tenant the survey page shows'),
  answered: z.boolean().describe('True once the customer answered: a second answer is 409'),
});

/** docs/api.md §4.8: the survey behind a link, answered by the customer without logging in. */
export function csatRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/csat/:token',
    {
      schema: {
        params: csatParams,
        response: {
          200: jsonResponse('What the survey page shows', csatSurvey),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => surveyPage(deps, request.params.token),
  );
  app.post(
    '/api/csat/:token',
    {
      schema: {
        params: csatParams,
        body: csatBody,
        response: {
          201: jsonResponse('The rating is recorded', csatAnswer),
          ...errorResponses(400, 404, 409),
        },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return submitCsat(deps, request.params.token, request.body, request.id);
    },
  );
}
