import type { AgentPerformance } from '@switchboard/contracts';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { agentPerformancePushed, ticketCycles, ticketFacts, ticketMessages } from './schema.js';

/** The performance last announced for each of the tenant's agents. */
export async function pushedPerformance(tx: Tx, tenantId: string): Promise<Map<string, AgentPerformance>> {
  const rows = await tx
    .select()
    .from(agentPerformancePushed)
    .where(eq(agentPerformancePushed.tenantId, tenantId));
  return new Map(rows.map((r) => [r.agentId, r.pushed as AgentPerformance]));
}

export async function savePushedPerformance(
  tx: Tx,
  tenantId: string,
  agentId: string,
  pushed: AgentPerformance,
  at: Date,
): Promise<void> {
  await tx
    .insert(agentPerformancePushed)
    .values({ agentId, tenantId, pushed, pushedAt: at })
    .onConflictDoUpdate({ target: agentPerformancePushed.agentId, set: { pushed, pushedAt: at } });
}

/** Per assignee, the tickets open on them now (ASSIGNED, IN_PROGRESS, PENDING). */
export async function openTicketsByAgent(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const f = ticketFacts;
  const rows = await tx
    .select({ agentId: f.assigneeId, n: sql<number>`count(*)::int` })
    .from(f)
    .where(
      and(
        eq(f.tenantId, tenantId),
        isNotNull(f.assigneeId),
        inArray(f.status, ['ASSIGNED', 'IN_PROGRESS', 'PENDING']),
      ),
    )
    .groupBy(f.assigneeId);
  return new Map(rows.flatMap((r) => (r.agentId ? [[r.agentId, r.n] as const] : [])));
}

/**
 * Per agent, the tickets they ever handled: sent a public reply on or resolved (the same rule as
 * "tickets handled" in docs/metrics.md, over all time).
 */
export async function handledTotals(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const m = ticketMessages;
  const c = ticketCycles;
  const rows = await tx.execute<{ agent_id: string; n: number }>(sql`
    select agent_id, count(distinct ticket_id)::int as n from (
      select ${m.authorId} as agent_id, ${m.ticketId} as ticket_id from ${m}
        where ${m.tenantId} = ${tenantId} and ${m.authorType} = 'agent' and ${m.internal} = false
          and ${m.authorId} is not null
      union
      select ${c.agentId}, ${c.ticketId} from ${c}
        where ${c.tenantId} = ${tenantId} and ${c.agentId} is not null
    ) handled group by agent_id`);
  return new Map(rows.rows.map((r) => [r.agent_id, r.n]));
}
