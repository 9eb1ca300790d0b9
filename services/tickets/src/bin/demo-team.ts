import { inArray } from 'drizzle-orm';
import { agents } from '../data/schema.js';
import type { TicketsDeps } from '../deps.js';
import type { DemoTenant } from './demo-script.js';

const DEMO_PASSWORD = 'Switchboard1'; // the demo logins' published password (README), not a secret

/**
 * Who the demo tenant is, asked of auth's public API as the demo supervisor would (the ticket
 * service never reads auth's database), then waited for until this service has learned every
 * one of them from auth's user.created events: tickets can only go to agents it knows.
 */
export async function demoTenantOf(
  deps: TicketsDeps,
  authUrl: string,
  timeoutMs = 60_000,
): Promise<DemoTenant> {
  const login = await api(authUrl, '/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username: 'supervisor', password: DEMO_PASSWORD, tenant: 'demo' }),
  });
  const { user, accessToken } = login as { user: { id: string; tenantId: string }; accessToken: string };
  const page = (await api(authUrl, '/api/agents?role=agent&status=active&limit=100', {
    headers: { authorization: `Bearer ${accessToken}` },
  })) as { data: { id: string }[] };
  const demo = { tenantId: user.tenantId, supervisorId: user.id, agentIds: page.data.map((a) => a.id) };
  await untilKnown(deps, [demo.supervisorId, ...demo.agentIds], timeoutMs);
  return demo;
}

async function api(base: string, path: string, init: RequestInit) {
  const response = await fetch(new URL(path, base), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status}`);
  return response.json();
}

async function untilKnown(deps: TicketsDeps, ids: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const known = await deps.db
      .select({ id: agents.agentId })
      .from(agents)
      .where(inArray(agents.agentId, ids));
    if (known.length === ids.length) return;
    if (Date.now() > deadline)
      throw new Error(`the ticket service knows ${known.length} of ${ids.length} demo users`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
