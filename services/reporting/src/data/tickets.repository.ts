import { eq } from 'drizzle-orm';
import type { TicketProjection } from '../domain/ticket-projection.js';
import type { Tx } from './db.js';
import { ticketCycles, ticketFacts, ticketMessages, ticketReplies, ticketSpans } from './schema.js';

const tables = [ticketFacts, ticketSpans, ticketCycles, ticketReplies, ticketMessages] as const;

/** Replaces everything kept about one ticket with its new projection. */
export async function replaceTicket(tx: Tx, tenantId: string, ticketId: string, p: TicketProjection) {
  for (const table of tables) await tx.delete(table).where(eq(table.ticketId, ticketId));
  const ids = { tenantId, ticketId };
  if (p.facts) await tx.insert(ticketFacts).values({ ...ids, ...p.facts });
  if (p.spans.length) {
    await tx.insert(ticketSpans).values(
      p.spans.map((s) => ({
        ...ids,
        seq: s.seq,
        status: s.status,
        assigneeId: s.assigneeId,
        startedAt: s.start,
        endedAt: s.end,
      })),
    );
  }
  if (p.cycles.length) await tx.insert(ticketCycles).values(p.cycles.map((c) => ({ ...ids, ...c })));
  if (p.replies.length) await tx.insert(ticketReplies).values(p.replies.map((r) => ({ ...ids, ...r })));
  if (p.messages.length) {
    await tx.insert(ticketMessages).values(
      p.messages.map((m) => ({
        ...ids,
        messageId: m.id,
        authorType: m.authorType,
        authorId: m.authorId,
        internal: m.internal,
        createdAt: m.at,
      })),
    );
  }
}
