import { now as clockNow } from '@switchboard/clock';
import type { TicketStatus } from '@switchboard/contracts';
import { repeat } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import type { Db } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { findCalendar, recordCrossing, statusChangesOf, ticketsUnderSla } from '../data/sla.repository.js';
import type { TicketRow } from '../data/tickets.repository.js';
import { ALWAYS_OPEN, type BusinessCalendar } from '../domain/sla/business-calendar.js';
import { breachInstantOf } from '../domain/sla/sla-clock.js';
import { evaluateSla, type SlaStatus } from '../domain/sla/sla-evaluation.js';
import { spansOf } from '../domain/sla/ticket-spans.js';

type Crossing = { ticket: TicketRow; status: SlaStatus; state: 'warning' | 'breached'; crossedAt: Date };

/**
 * One pass over every ticket under an SLA: each warning and breach is recorded once (a unique
 * row), and only the pass that records it publishes `sla.warning` / `sla.breached`, so several
 * instances can scan at once. Returns the crossings recorded by this pass.
 */
export async function scanSla(db: Db, now: Date = clockNow()): Promise<number> {
  const rows = await ticketsUnderSla(db);
  const changes = await statusChangesOf(
    db,
    rows.map((r) => r.ticket.id),
  );
  const calendars = new Map<string, BusinessCalendar>();
  let recorded = 0;
  for (const { ticket, policy } of rows) {
    const calendar = policy.businessHours ? await calendarOf(db, calendars, ticket.tenantId) : ALWAYS_OPEN;
    const spans = spansOf(
      ticket.createdAt,
      changes
        .filter((c) => c.ticketId === ticket.id)
        .map((c) => ({ at: c.at, to: (c.changes as { to: TicketStatus }).to })),
    );
    const facts = {
      createdAt: ticket.createdAt,
      spans,
      firstAgentReplyAt: ticket.firstResponseAt,
      awaitingReplySince: ticket.awaitingReplySince,
      resolvedAt: ticket.resolvedAt,
    };
    for (const status of evaluateSla(policy, calendar, facts, now)) {
      if (status.state !== 'warning' && status.state !== 'breached') continue;
      const crossedAt =
        status.state === 'breached'
          ? (status.breachedAt ?? now)
          : (breachInstantOf(calendar, spans, status.startedAt, status.warnAtMillis / 60_000, now) ?? now);
      if (await record(db, { ticket, status, state: status.state, crossedAt })) recorded++;
    }
  }
  return recorded;
}

async function calendarOf(db: Db, cache: Map<string, BusinessCalendar>, tenantId: string) {
  if (!cache.has(tenantId)) cache.set(tenantId, (await findCalendar(db, tenantId)) ?? ALWAYS_OPEN);
  return cache.get(tenantId) ?? ALWAYS_OPEN;
}

async function record(db: Db, { ticket, status, state, crossedAt }: Crossing): Promise<boolean> {
  return db.transaction(async (tx) => {
    const fresh = await recordCrossing(tx, {
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      target: status.target,
      state,
      clockStartedAt: status.startedAt,
      crossedAt,
    });
    if (!fresh) return false;
    const data = {
      ticketId: ticket.id,
      target: status.target,
      priority: ticket.priority,
      assigneeId: ticket.assigneeId,
      subject: ticket.subject,
      clockStartedAt: status.startedAt.toISOString(),
      crossedAt: crossedAt.toISOString(),
      targetMinutes: Math.round(status.targetMillis / 60_000),
    };
    const origin = { tenantId: ticket.tenantId, correlationId: `sla-scan:${ticket.id}` };
    await recordEvent(tx, origin, state === 'breached' ? 'sla.breached' : 'sla.warning', data);
    return true;
  });
}

/** Runs `scanSla` every `intervalMs` until stopped; a failed pass is logged and the next one retries. */
export const startSlaScan = (db: Db, intervalMs: number, logger: Logger) =>
  repeat(() => scanSla(db), intervalMs, logger, 'SLA scan failed');
