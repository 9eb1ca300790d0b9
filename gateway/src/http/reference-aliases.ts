import type { Service } from './upstreams.js';

type Params = Record<string, string>;

/**
 * A reference path answered by a Switchboard route of the same service: the gateway rewrites the
 * path (and, for the agent's report jobs, fills the body's report and agent from the path); the
 * query string goes through unchanged, OmniSync's `page`/`limit` being Switchboard's own paging.
 */
export type Alias = {
  method: 'GET' | 'POST';
  path: string;
  service: Service;
  target: (params: Params) => string;
  /** Fields the path decides, written over the client's JSON body. */
  body?: (params: Params) => Record<string, unknown>;
};

const id = (value: string | undefined) => encodeURIComponent(value ?? '');
const agentReport = (p: Params) => ({ report: 'agent', agentId: p.agentId });

/** OmniSync's "Queue Stats" paths → docs/api.md §4.7, §4.11, §4.12 (docs/api.md §8.6). */
export const referenceAliases: Alias[] = [
  { method: 'GET', path: '/api/queue-stats', service: 'reporting', target: () => '/api/reports/dashboard' },
  {
    method: 'GET',
    path: '/api/queue-stats/agent/:agentId',
    service: 'reporting',
    target: (p) => `/api/reports/agents/${id(p.agentId)}`,
  },
  {
    method: 'GET',
    path: '/api/queue-stats/agent/:agentId/report',
    service: 'reporting',
    target: (p) => `/api/reports/agents/${id(p.agentId)}`,
  },
  {
    method: 'POST',
    path: '/api/queue-stats/agent/:agentId/report/export',
    service: 'reporting',
    target: () => '/api/reports/export',
    body: agentReport,
  },
  {
    method: 'POST',
    path: '/api/queue-stats/agent/:agentId/report/email',
    service: 'reporting',
    target: () => '/api/reports/email',
    body: agentReport,
  },
  { method: 'GET', path: '/api/queue-stats/jobs', service: 'reporting', target: () => '/api/jobs' },
  {
    method: 'GET',
    path: '/api/queue-stats/jobs/:jobId',
    service: 'reporting',
    target: (p) => `/api/jobs/${id(p.jobId)}`,
  },
  {
    method: 'GET',
    path: '/api/queue-stats/sla/breaches',
    service: 'tickets',
    target: () => '/api/sla/breaches',
  },
  {
    method: 'POST',
    path: '/api/queue-stats/sla/automate',
    service: 'tickets',
    target: () => '/api/sla/automate',
  },
];

/** The client's JSON object with the path's fields over it; anything else goes on as it came. */
export function aliasBody(raw: unknown, fields: Record<string, unknown>): Buffer | undefined {
  if (!Buffer.isBuffer(raw)) return Buffer.from(JSON.stringify(fields));
  let parsed: unknown;
  try {
    parsed = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
  } catch {
    return raw; // the service answers bad JSON as it always does
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return raw;
  return Buffer.from(JSON.stringify({ ...parsed, ...fields }));
}
