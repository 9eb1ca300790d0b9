import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { TicketsDeps } from './deps.js';
import { assignmentRoutes } from './http/assignment.routes.js';
import { attachmentsRoutes } from './http/attachments.routes.js';
import { cannedResponsesRoutes } from './http/canned-responses.routes.js';
import { channelsRoutes } from './http/channels.routes.js';
import { csatRoutes } from './http/csat.routes.js';
import { customersRoutes } from './http/customers.routes.js';
import { macrosRoutes } from './http/macros.routes.js';
import { mergeRoutes } from './http/merge.routes.js';
import { slaRoutes } from './http/sla.routes.js';
import { tagsRoutes } from './http/tags.routes.js';
import { ticketsRoutes } from './http/tickets.routes.js';

/** The ticket service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: TicketsDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'tickets',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, { ...serviceHealthChecks(deps), storage: () => deps.storage.ready() });
  ticketsRoutes(app, deps);
  await attachmentsRoutes(app, deps);
  assignmentRoutes(app, deps);
  await channelsRoutes(app, deps);
  csatRoutes(app, deps);
  customersRoutes(app, deps);
  cannedResponsesRoutes(app, deps);
  slaRoutes(app, deps);
  tagsRoutes(app, deps);
  macrosRoutes(app, deps);
  mergeRoutes(app, deps);
  return app;
}
