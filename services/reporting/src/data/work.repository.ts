import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Range, rangeOf } from '../domain/intervals.js';
import type { CycleRow, ReplyRow, SentRow, Work } from '../domain/ticket-metrics.js';
import { HANDLING, OPEN } from '../domain/ticket-timeline.js';
import type { Tx } from './db.js';
import { ticketCycles, ticketFacts, ticketMessages, ticketReplies, ticketSpans } from './schema.js';

/** [from, to) instants a report covers. */
export type Window = { from: Date; to: Date };

const within = (column: Parameters<typeof gte>[0], w: Window) => and(gte(column, w.from), lt(column, w.to));

export async function repliesIn(tx: Tx, tenantId: string, w: Window, agentId?: string): Promise<ReplyRow[]> {
  const t = ticketReplies;
  return tx
    .select({
      ticketId: t.ticketId,
      agentId: t.agentId,
      kind: t.kind,
      repliedAt: t.repliedAt,
      seconds: t.seconds,
    })
    .from(t)
    .where(
      and(eq(t.tenantId, tenantId), within(t.repliedAt, w), agentId ? eq(t.agentId, agentId) : undefined),
    );
}

export async function cyclesIn(tx: Tx, tenantId: string, w: Window, agentId?: string): Promise<CycleRow[]> {
  const t = ticketCycles;
  return tx
    .select({
      ticketId: t.ticketId,
      agentId: t.agentId,
      resolvedAt: t.resolvedAt,
      resolutionSeconds: t.resolutionSeconds,
      handleSeconds: t.handleSeconds,
      breached: t.breached,
      csatRating: t.csatRating,
    })
    .from(t)
    .where(
      and(eq(t.tenantId, tenantId), within(t.resolvedAt, w), agentId ? eq(t.agentId, agentId) : undefined),
    );
}

/** Public agent messages (docs/metrics.md, "messages sent"). */
export async function sentIn(tx: Tx, tenantId: string, w: Window, agentId?: string): Promise<SentRow[]> {
  const t = ticketMessages;
  const rows = await tx
    .select({ ticketId: t.ticketId, authorId: t.authorId, createdAt: t.createdAt })
    .from(t)
    .where(
      and(
        eq(t.tenantId, tenantId),
        within(t.createdAt, w),
        eq(t.authorType, 'agent'),
        eq(t.internal, false),
        agentId ? eq(t.authorId, agentId) : isNotNull(t.authorId),
      ),
    );
  return rows.flatMap((r) => (r.authorId ? [{ ...r, authorId: r.authorId }] : []));
}

/** The tenant's (or one agent's) ticket work whose clocks stopped inside the window. */
export async function workIn(tx: Tx, tenantId: string, w: Window, agentId?: string): Promise<Work> {
  const [replies, cycles, sent] = await Promise.all([
    repliesIn(tx, tenantId, w, agentId),
    cyclesIn(tx, tenantId, w, agentId),
    sentIn(tx, tenantId, w, agentId),
  ]);
  return { replies, cycles, sent };
}

const overlapping = (w: Window, extra: SQL | undefined) =>
  and(
    lt(ticketSpans.startedAt, w.to),
    or(isNull(ticketSpans.endedAt), gt(ticketSpans.endedAt, w.from)),
    extra,
  );

/** Per agent, the time they had a ticket ASSIGNED or IN_PROGRESS, overlapping the window. */
export async function handlingOf(tx: Tx, tenantId: string, agentIds: string[], w: Window, now: Date) {
  const handling = new Map<string, Range[]>(agentIds.map((id) => [id, []]));
  if (agentIds.length === 0) return handling;
  const s = ticketSpans;
  const rows = await tx
    .select({ agentId: s.assigneeId, start: s.startedAt, end: s.endedAt })
    .from(s)
    .where(
      and(
        eq(s.tenantId, tenantId),
        inArray(s.assigneeId, agentIds),
        overlapping(w, inArray(s.status, [...HANDLING])),
      ),
    );
  for (const r of rows) if (r.agentId) handling.get(r.agentId)?.push(rangeOf(r, now));
  return handling;
}

/** When tickets were open (the backlog), overlapping the window. */
export async function openRangesIn(tx: Tx, tenantId: string, w: Window, now: Date): Promise<Range[]> {
  const s = ticketSpans;
  const rows = await tx
    .select({ start: s.startedAt, end: s.endedAt })
    .from(s)
    .where(and(eq(s.tenantId, tenantId), overlapping(w, inArray(s.status, [...OPEN]))));
  return rows.map((r) => rangeOf(r, now));
}

export async function createdIn(tx: Tx, tenantId: string, w: Window): Promise<Date[]> {
  const rows = await tx
    .select({ at: ticketFacts.createdAt })
    .from(ticketFacts)
    .where(and(eq(ticketFacts.tenantId, tenantId), within(ticketFacts.createdAt, w)));
  return rows.map((r) => r.at);
}

/** Tickets per current status. */
export async function statusCounts(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ status: ticketFacts.status, n: sql<number>`count(*)::int` })
    .from(ticketFacts)
    .where(eq(ticketFacts.tenantId, tenantId))
    .groupBy(ticketFacts.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** Public customer and agent messages in the window (internal notes and system messages left out). */
export async function publicMessagesIn(tx: Tx, tenantId: string, w: Window): Promise<number> {
  const t = ticketMessages;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(
      and(
        eq(t.tenantId, tenantId),
        within(t.createdAt, w),
        eq(t.internal, false),
        inArray(t.authorType, ['agent', 'customer']),
      ),
    );
  return row?.n ?? 0;
}
