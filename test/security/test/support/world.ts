import { randomBytes } from 'node:crypto';
import {
  type Call,
  createAgent,
  type SharedStackAddress,
  type Stack,
  sharedStack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';

/** One operation of the merged OpenAPI document at GET /docs/json. */
export type Operation = {
  method: string;
  path: string;
  params: { in: string; name: string }[];
  hasBody: boolean;
  bodySchema?: any;
};

/** Every path + method the gateway documents, so a new route cannot escape a sweep. */
export async function operationsOf(call: Call): Promise<Operation[]> {
  const res = await call('GET', '/docs/json');
  if (res.status !== 200) throw new Error(`GET /docs/json answered ${res.status}`);
  const paths = res.body.paths as Record<string, Record<string, any>>;
  return Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: (op.parameters ?? []).map((p: { in: string; name: string }) => ({ in: p.in, name: p.name })),
      hasBody: Boolean(op.requestBody),
      bodySchema: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

export const key = (op: { method: string; path: string }) => `${op.method} ${op.path}`;

/** Replaces `{name}` path parameters. */
export const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });

/** The docs/api.md §2 error shape. */
export function isErrorShape(body: any): boolean {
  if (!body || typeof body !== 'object' || !body.error || typeof body.error !== 'object') return false;
  const { code, message, details } = body.error;
  return (
    typeof code === 'string' &&
    /^[A-Z][A-Z0-9_]*$/.test(code) &&
    typeof message === 'string' &&
    (details === undefined || Array.isArray(details) || typeof details === 'object')
  );
}

/** A raw request through the gateway: the status, the headers and the body as text and JSON. */
export async function raw(
  baseUrl: string,
  method: string,
  path: string,
  opts: { token?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    ...(opts.body !== undefined ? { body: opts.body } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: json as any };
}

export type Member = { id: string; token: string };

/**
 * A tenant with the same data as every other made here: an admin, a supervisor and an agent, a
 * ticket assigned to the agent with a message, a broadcast, a help request, an export job, a
 * scheduled report and a canned response. Every string it stores carries `marker`, so another tenant's answers can be
 * searched for it.
 */
export async function seedTenant(call: Call, marker: string) {
  const admin = await signupTenant(call, marker);
  const supervisor = await createAgent(call, admin, { role: 'supervisor', fullName: `${marker} Supervisor` });
  const agent = await createAgent(call, admin, { fullName: `${marker} Agent`, department: `${marker}Dept` });
  const must = async (what: string, res: Awaited<ReturnType<Call>>, status: number) => {
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const ticket = await must(
    'create ticket',
    await call('POST', '/api/tickets', {
      token: admin.token,
      body: {
        subject: `${marker} printer on fire`,
        description: `${marker} description`,
        priority: 'high',
        category: `${marker}cat`,
        tags: [`${marker.toLowerCase()}-tag`],
        customer: { name: `${marker} Customer`, email: `${marker.toLowerCase()}@customer.example.com` },
      },
    }),
    201,
  );
  await must(
    'assign',
    await call('POST', `/api/tickets/${ticket.id}/assign`, {
      token: admin.token,
      body: { agentId: agent.id },
    }),
    200,
  );
  const message = await must(
    'message',
    await call('POST', `/api/tickets/${ticket.id}/messages`, {
      token: admin.token,
      body: { body: `${marker} message body` },
    }),
    201,
  );
  const macro = await must(
    'macro',
    await call('POST', '/api/macros', {
      token: admin.token,
      body: { name: `${marker} macro`, actions: [{ type: 'reply', value: `${marker} macro reply` }] },
    }),
    201,
  );
  const broadcast = await must(
    'broadcast',
    await call('POST', '/api/broadcasts', {
      token: admin.token,
      body: { message: `${marker} broadcast`, audience: { type: 'all' } },
    }),
    201,
  );
  // Presence learns the ticket from its events: until then, the ticket is not the agent's to name.
  const help = await waitFor('presence knows the ticket', async () => {
    const res = await call('POST', '/api/help-requests', {
      token: agent.token,
      body: { ticketId: ticket.id, message: `${marker} help me` },
    });
    return res.status === 201 ? res.body : undefined;
  });
  const today = new Date().toISOString().slice(0, 10);
  const job = await must(
    'export',
    await call('POST', '/api/reports/export', {
      token: admin.token,
      body: { report: 'team', from: today, to: today },
    }),
    202,
  );
  const schedule = await must(
    'schedule',
    await call('POST', '/api/reports/schedules', {
      token: admin.token,
      body: {
        report: 'team',
        frequency: 'weekly',
        recipients: [`${marker.toLowerCase()}@reports.example.com`],
      },
    }),
    201,
  );
  const canned = await must(
    'canned response',
    await call('POST', '/api/canned-responses', {
      token: admin.token,
      body: {
        shortCode: marker.toLowerCase(),
        title: `${marker} title`,
        body: `${marker} canned`,
        scope: 'tenant',
      },
    }),
    201,
  );
  // The assignment is in the agent's inbox once the notifications service has heard of it.
  const notification = await waitFor('the agent is notified of the assignment', async () => {
    const res = await call('GET', '/api/notifications', { token: agent.token });
    return res.body?.data?.[0];
  });
  return {
    marker,
    tenantId: admin.tenantId,
    admin: { id: admin.userId, token: admin.token } as Member,
    supervisor: supervisor as Member,
    agent: agent as Member,
    ticketId: ticket.id as string,
    customerId: ticket.customerId as string,
    messageId: message.id as string,
    macroId: macro.id as string,
    broadcastId: broadcast.id as string,
    helpId: help.id as string,
    jobId: job.jobId as string,
    scheduleId: schedule.id as string,
    cannedId: canned.id as string,
    notificationId: notification.id as string,
  };
}
export type World = Awaited<ReturnType<typeof seedTenant>>;

/** Ids and strings of a tenant that must never appear in another tenant's answers. */
export const secretsOf = (w: World) => [
  w.marker,
  `${w.marker.toLowerCase()}-tag`,
  w.tenantId,
  w.admin.id,
  w.supervisor.id,
  w.agent.id,
  w.ticketId,
  w.customerId,
  w.messageId,
  w.macroId,
  w.broadcastId,
  w.helpId,
  w.jobId,
  w.scheduleId,
  w.cannedId,
  w.notificationId,
];

export const tag = () => randomBytes(3).toString('hex');

/**
 * The stack for a suite: the real processes via startStack, or, while iterating locally, an
 * already running gateway named by SECURITY_BASE_URL.
 */
export async function suiteStack(options: Parameters<typeof startStack>[0] = {}) {
  const external = process.env.SECURITY_BASE_URL;
  if (external) return externalStack(external);
  const stack: Stack = await startStack(options);
  return { baseUrl: stack.baseUrl, call: stack.call, stack, stop: () => stack.stop() };
}

/**
 * The stack vitest.config.ts's globalSetup started for the files of `sharesStack` (its teardown
 * stops it), or the gateway named by SECURITY_BASE_URL.
 */
export function sharedSuiteStack(address: SharedStackAddress | undefined) {
  const external = process.env.SECURITY_BASE_URL;
  if (external) return externalStack(external);
  if (!address) throw new Error('no shared stack was provided: run this file with vitest.config.ts');
  const stack = sharedStack(address);
  return { baseUrl: stack.baseUrl, call: stack.call, stack };
}

function externalStack(baseUrl: string) {
  const call: Call = async (method, path, opts = {}) => {
    const res = await raw(baseUrl, method, path, {
      ...(opts.token ? { token: opts.token } : {}),
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      ...(opts.headers ? { headers: opts.headers } : {}),
    });
    return { status: res.status, headers: res.headers, body: res.body };
  };
  return { baseUrl, call, stack: undefined, stop: async () => {} };
}
