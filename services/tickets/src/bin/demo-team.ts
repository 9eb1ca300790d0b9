import { type DemoTenant, fetchDemoTenant } from '@switchboard/service-runtime';
import { inArray } from 'drizzle-orm';
import { agents } from '../data/schema.js';
import type { TicketsDeps } from '../deps.js';

/**
 * Who the demo tenant is (auth's public API), once this service has learned every one of them
 * from auth's user.created events: tickets can only go to agents it knows.
 */
export async function demoTenantOf(
  deps: TicketsDeps,
  authUrl: string,
  timeoutMs = 60_000,
): Promise<DemoTenant> {
  const demo = await fetchDemoTenant(authUrl);
  await untilKnown(deps, [demo.supervisorId, ...demo.agentIds], timeoutMs);
  return demo;
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
