import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type AgentState, assignableRoles, loadStatuses, type QueuedTicket } from '../domain/assignment.js';
import type { Db, Tx } from './db.js';
import { agents, assignmentSettings, messages, tickets } from './schema.js';

/**
 * Serialises auto-assignment within a tenant until the transaction ends. Every assignment pass
 * takes it first; so does anything that changes who is ready and then asks for a pass before
 * it has committed (the presence handlers): the pass then waits for that commit.
 */
export async function lockTenantAssignment(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('tickets.assignment'), hashtext(${tenantId}))`);
}

const ready = (tenantId: string) =>
  and(
    eq(agents.tenantId, tenantId),
    eq(agents.isActive, true),
    inArray(agents.role, [...assignableRoles]),
    eq(agents.clockedIn, true),
    eq(agents.onBreak, false),
    eq(agents.onlineStatus, 'online'),
  );

/**
 * The tenant's agents who are at work, locked (rows another transaction holds are skipped: it
 * asks for a pass of its own once it commits), with their load counted after the lock.
 */
export async function lockReadyAgents(tx: Tx, tenantId: string): Promise<AgentState[]> {
  const rows = await tx
    .select()
    .from(agents)
    .where(ready(tenantId))
    .orderBy(asc(agents.agentId))
    .for('update', { skipLocked: true });
  if (rows.length === 0) return [];
  const loads = await tx
    .select({ agentId: tickets.assigneeId, n: count() })
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        inArray(
          tickets.assigneeId,
          rows.map((r) => r.agentId),
        ),
        inArray(tickets.status, [...loadStatuses]),
      ),
    )
    .groupBy(tickets.assigneeId);
  const loadOf = new Map(loads.map((l) => [l.agentId, l.n]));
  return rows.map((r) => ({
    agentId: r.agentId,
    role: r.role,
    department: r.department,
    isActive: r.isActive,
    clockedIn: r.clockedIn,
    onBreak: r.onBreak,
    onlineStatus: r.onlineStatus,
    capacity: r.capacity,
    skills: r.skills,
    idleSince: r.idleSince,
    load: loadOf.get(r.agentId) ?? 0,
  }));
}

/** The distinct categories (null: none) of the tenant's NEW tickets. */
export async function queuedCategories(tx: Tx, tenantId: string): Promise<(string | null)[]> {
  const rows = await tx
    .selectDistinct({ category: tickets.category })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.status, 'NEW')));
  return rows.map((r) => r.category);
}

const priorityRank = sql`array_position(array['low','medium','high','urgent'], ${tickets.priority})`;

function inCategories(categories: readonly (string | null)[]): SQL {
  const named = categories.filter((c): c is string => c !== null);
  const clauses = [
    categories.includes(null) ? isNull(tickets.category) : undefined,
    named.length > 0 ? inArray(tickets.category, named) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return or(...clauses) ?? sql`false`;
}

const queued = {
  id: tickets.id,
  priority: tickets.priority,
  category: tickets.category,
  createdAt: tickets.createdAt,
};

/**
 * The head of the tenant's queue: NEW tickets of `categories`, highest priority then oldest first,
 * locked; tickets another transaction holds are skipped.
 */
export async function lockQueueHead(
  tx: Tx,
  tenantId: string,
  categories: readonly (string | null)[],
  limit: number,
): Promise<QueuedTicket[]> {
  if (categories.length === 0 || limit <= 0) return [];
  return tx
    .select(queued)
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.status, 'NEW'), inCategories(categories)))
    .orderBy(desc(priorityRank), asc(tickets.createdAt), asc(tickets.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

const noReplySinceAssigned = sql`not exists (
  select 1 from ${messages} m
  where m.ticket_id = ${tickets.id} and m.author_type = 'agent' and m.author_id = ${tickets.assigneeId}
    and not m.internal and m.created_at >= ${tickets.assignedAt})`;

/**
 * ASSIGNED tickets given out before `assignedBefore` whose assignee has not replied publicly since,
 * locked (skipping any another transaction holds), highest priority then longest waiting first.
 */
export async function lockUnanswered(tx: Tx, tenantId: string, assignedBefore: Date, limit: number) {
  return tx
    .select({ ...queued, assigneeId: tickets.assigneeId, assignedAt: tickets.assignedAt })
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        eq(tickets.status, 'ASSIGNED'),
        isNotNull(tickets.assigneeId),
        lt(tickets.assignedAt, assignedBefore),
        noReplySinceAssigned,
      ),
    )
    .orderBy(desc(priorityRank), asc(tickets.assignedAt), asc(tickets.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** What a pass gives: a ticket, as it was when locked, to an agent. */
export type Grant = {
  ticketId: string;
  expected: { status: 'NEW' | 'ASSIGNED'; assigneeId: string | null };
  agentId: string;
};

/**
 * Gives locked tickets to their agents: one UPDATE per agent and expected state, not per ticket
 * (a pass gives hundreds). Each re-checks status and assignee, so a ticket changed under its lock
 * fails the pass instead of being overwritten. The agents start their idle time again.
 */
export async function giveTickets(tx: Tx, tenantId: string, grants: readonly Grant[], now: Date) {
  const groups = new Map<string, Grant[]>();
  for (const g of grants) {
    const key = `${g.agentId}|${g.expected.status}|${g.expected.assigneeId}`;
    const group = groups.get(key);
    if (group) group.push(g);
    else groups.set(key, [g]);
  }
  for (const group of groups.values()) {
    const [{ agentId, expected }] = group as [Grant];
    const ids = group.map((g) => g.ticketId);
    const given = await tx
      .update(tickets)
      .set({
        assigneeId: agentId,
        assignedAt: now,
        updatedAt: now,
        ...(expected.status === 'NEW' ? { status: 'ASSIGNED' as const, statusChangedAt: now } : {}),
      })
      .where(
        and(
          eq(tickets.tenantId, tenantId),
          inArray(tickets.id, ids),
          eq(tickets.status, expected.status),
          expected.assigneeId === null
            ? isNull(tickets.assigneeId)
            : eq(tickets.assigneeId, expected.assigneeId),
        ),
      )
      .returning({ id: tickets.id });
    if (given.length !== ids.length) throw new Error(`tickets of ${agentId} changed under their lock`);
  }
  const agentIds = [...new Set(grants.map((g) => g.agentId))];
  await tx.update(agents).set({ idleSince: now }).where(inArray(agents.agentId, agentIds));
}

/**
 * Tenants where a pass may have work: auto-assignment on, someone at work, and a NEW ticket or
 * (with the no-reply rule) an ASSIGNED one unanswered for too long.
 */
export async function tenantsToSweep(db: Db, now: Date): Promise<string[]> {
  const rows = await db.execute<{ tenant_id: string }>(sql`
    select distinct a.tenant_id
    from ${agents} a
    left join ${assignmentSettings} s on s.tenant_id = a.tenant_id
    where a.is_active and a.role in ('agent', 'supervisor') and a.clocked_in and not a.on_break
      and a.online_status = 'online' and coalesce(s.enabled, true)
      and (
        exists (select 1 from ${tickets} t where t.tenant_id = a.tenant_id and t.status = 'NEW')
        or (s.reassign_after_minutes is not null and exists (
          select 1 from ${tickets} t
          where t.tenant_id = a.tenant_id and t.status = 'ASSIGNED'
            and t.assigned_at < ${now.toISOString()}::timestamptz - make_interval(mins => s.reassign_after_minutes)
            and not exists (
              select 1 from ${messages} m
              where m.ticket_id = t.id and m.author_type = 'agent' and m.author_id = t.assignee_id
                and not m.internal and m.created_at >= t.assigned_at)))
      )`);
  return rows.rows.map((r) => r.tenant_id);
}
