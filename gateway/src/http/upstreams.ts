import type { GatewayConfig } from '../config.js';

/** A public path (find-my-way syntax) and the service that owns it. */
export type Route = { path: string; service: Service };
export type Service = 'auth' | 'tickets' | 'presence' | 'reporting' | 'ai-assist' | 'notifications' | 'audit';

/**
 * The routing table of docs/api.md §4. A more specific path wins over a wildcard
 * (e.g. a later `/api/agents/:id/status` → presence beats `/api/agents/*`),
 * so a new service plugs in by adding rows here and its URL to the config.
 */
export const routes: Route[] = [
  { path: '/api/auth/*', service: 'auth' },
  { path: '/api/agents', service: 'auth' },
  { path: '/api/agents/*', service: 'auth' },
  { path: '/api/tickets', service: 'tickets' },
  { path: '/api/tickets/*', service: 'tickets' },
  { path: '/api/channels', service: 'tickets' },
  { path: '/api/channels/*', service: 'tickets' },
  { path: '/api/assignment/*', service: 'tickets' },
  { path: '/api/sla/*', service: 'tickets' },
  { path: '/api/csat/*', service: 'tickets' },
  { path: '/api/customers', service: 'tickets' },
  { path: '/api/tags', service: 'tickets' },
  { path: '/api/macros', service: 'tickets' },
  { path: '/api/macros/*', service: 'tickets' },
  { path: '/api/canned-responses', service: 'tickets' },
  { path: '/api/canned-responses/*', service: 'tickets' },
  { path: '/api/attachments/*', service: 'tickets' },
  { path: '/api/customers/*', service: 'tickets' },
  { path: '/api/sessions', service: 'presence' },
  { path: '/api/sessions/*', service: 'presence' },
  { path: '/api/presence', service: 'presence' },
  { path: '/api/agents/:id/status', service: 'presence' },
  { path: '/api/agents/:id/activity', service: 'presence' },
  { path: '/api/broadcasts', service: 'presence' },
  { path: '/api/broadcasts/*', service: 'presence' },
  { path: '/api/help-requests', service: 'presence' },
  { path: '/api/help-requests/*', service: 'presence' },
  { path: '/api/reports', service: 'reporting' },
  { path: '/api/reports/*', service: 'reporting' },
  { path: '/api/agents/:id/performance', service: 'reporting' },
  { path: '/api/jobs', service: 'reporting' },
  { path: '/api/jobs/*', service: 'reporting' },
  { path: '/api/ai/*', service: 'ai-assist' },
  // A ticket's AI is the ai-assist service's data: this beats tickets' `/api/tickets/*`.
  { path: '/api/tickets/:id/ai', service: 'ai-assist' },
  { path: '/api/notifications', service: 'notifications' },
  { path: '/api/notifications/*', service: 'notifications' },
  { path: '/api/audit', service: 'audit' },
  { path: '/api/audit/*', service: 'audit' },
];

export const upstreamsOf = (config: GatewayConfig): Record<Service, string> => ({
  auth: config.AUTH_URL,
  tickets: config.TICKETS_URL,
  presence: config.PRESENCE_URL,
  reporting: config.REPORTING_URL,
  'ai-assist': config.AI_ASSIST_URL,
  notifications: config.NOTIFICATIONS_URL,
  audit: config.AUDIT_URL,
});
