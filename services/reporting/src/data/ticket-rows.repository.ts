import { and, asc, count, eq, gt, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { agents, ticketCycles, ticketFacts, ticketReplies } from './schema.js';
import type { Window } from './work.repository.js';

/** Where one page of tickets ended: the next page starts after it (keyset, no OFFSET). */
export type TicketCursor = { createdAt: Date; ticketId: string };

const createdWithin = (tenantId: string, w: Window) =>
  and(
    eq(ticketFacts.tenantId, tenantId),
    gte(ticketFacts.createdAt, w.from),
    lt(ticketFacts.createdAt, w.to),
  );

/** How many of the tenant's tickets were created inside the window, and how many are resolved. */
export async function ticketTotals(tx: Tx, tenantId: string, w: Window) {
  const [row] = await tx
    .select({
      tickets: count(),
      resolved: count(ticketFacts.resolvedAt),
      breached:
        sql<number>`count(*) filter (where ${ticketFacts.breachedFirstResponse} or ${ticketFacts.breachedResolution})`.mapWith(
          Number,
        ),
    })
    .from(ticketFacts)
    .where(createdWithin(tenantId, w));
  return row ?? { tickets: 0, resolved: 0, breached: 0 };
}

/**
 * One page of the tickets created inside the window, oldest first, with the response clocks the
 * read models measured: the first response's seconds and the last resolution's seconds.
 */
export async function ticketPage(
  tx: Tx,
  tenantId: string,
  w: Window,
  after: TicketCursor | null,
  limit: number,
) {
  const f = ticketFacts;
  const facts = await tx
    .select()
    .from(f)
    .where(
      and(
        createdWithin(tenantId, w),
        after
          ? or(
              gt(f.createdAt, after.createdAt),
              and(eq(f.createdAt, after.createdAt), gt(f.ticketId, after.ticketId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(f.createdAt), asc(f.ticketId))
    .limit(limit);
  const ids = facts.map((t) => t.ticketId);
  if (!ids.length) return [];
  const [firsts, cycles] = await Promise.all([
    tx
      .select({ ticketId: ticketReplies.ticketId, seconds: ticketReplies.seconds })
      .from(ticketReplies)
      .where(and(inArray(ticketReplies.ticketId, ids), eq(ticketReplies.kind, 'first'))),
    tx
      .select({ ticketId: ticketCycles.ticketId, seconds: ticketCycles.resolutionSeconds })
      .from(ticketCycles)
      .where(inArray(ticketCycles.ticketId, ids))
      .orderBy(asc(ticketCycles.cycle)),
  ]);
  const firstOf = new Map(firsts.map((r) => [r.ticketId, r.seconds]));
  const resolutionOf = new Map(cycles.map((r) => [r.ticketId, r.seconds])); // the last cycle wins
  return facts.map((t) => ({
    ...t,
    firstResponseSeconds: firstOf.get(t.ticketId) ?? null,
    resolutionSeconds: resolutionOf.get(t.ticketId) ?? null,
  }));
}

/** Every user name of the tenant, by id (a ticket row names its assignee). */
export async function namesOf(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({ id: agents.agentId, name: agents.fullName })
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), isNotNull(agents.fullName)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
