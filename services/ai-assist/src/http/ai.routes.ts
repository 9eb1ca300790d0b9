import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { ticketAi, ticketsAi } from '../actions/insights.js';
import { getAiSettings, putAiSettings } from '../actions/settings.js';
import type { AiAssistDeps } from '../deps.js';
import {
  aiSettingsBody,
  aiSettingsResponse,
  ticketAiResponse,
  ticketParams,
  ticketsAiResponse,
  ticketsQuery,
} from './ai.schemas.js';

const settings = jsonResponse("The tenant's AI settings", aiSettingsResponse);

/** AI assist (docs/api.md §4.13). */
export function aiRoutes(app: HttpApp, deps: AiAssistDeps): void {
  app.get(
    '/api/tickets/:id/ai',
    {
      preHandler: requireUser,
      schema: {
        params: ticketParams,
        response: {
          200: jsonResponse("The ticket's latest classification and draft", ticketAiResponse),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ticketAi(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/api/ai/tickets',
    {
      preHandler: requireUser,
      schema: {
        querystring: ticketsQuery,
        response: {
          200: jsonResponse('The latest classification of each readable ticket', ticketsAiResponse),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => ticketsAi(deps, callerOf(request), request.query.ids),
  );

  app.get(
    '/api/ai/settings',
    {
      preHandler: requireRole('admin', 'supervisor'),
      schema: { response: { 200: settings, ...errorResponses(401, 403) } },
    },
    async (request) => ({ data: await getAiSettings(deps, callerOf(request)) }),
  );

  app.put(
    '/api/ai/settings',
    {
      preHandler: requireRole('admin'),
      schema: { body: aiSettingsBody, response: { 200: settings, ...errorResponses(400, 401, 403) } },
    },
    async (request) => ({ data: await putAiSettings(deps, callerOf(request), request.body) }),
  );
}
