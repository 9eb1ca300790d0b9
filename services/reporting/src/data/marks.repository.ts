import { sql } from 'drizzle-orm';
import { type Mark, type MarkKind, markKinds, type Timeline, timelineOf } from '../domain/agent-timeline.js';
import type { Tx } from './db.js';
import { agentMarks } from './schema.js';
import type { Window } from './work.repository.js';

export async function insertMark(tx: Tx, tenantId: string, mark: Mark): Promise<void> {
  await tx
    .insert(agentMarks)
    .values({
      tenantId,
      eventId: mark.eventId,
      agentId: mark.agentId,
      at: mark.at,
      kind: mark.kind,
      value: mark.value,
    })
    .onConflictDoNothing();
}

type MarkRow = {
  event_id: string;
  agent_id: string;
  at: Date | string;
  kind: MarkKind;
  value: string | null;
};
const toMark = (r: MarkRow): Mark => ({
  eventId: r.event_id,
  agentId: r.agent_id,
  at: new Date(r.at),
  kind: r.kind,
  value: r.value,
});

/**
 * Each agent's timeline over the window: the marks before `to`, from the last clock-in or -out at
 * or before `from` (for sessions and breaks) and the last status at or before `from` (for
 * statuses) on, so what was open when the window began is known.
 */
export async function timelinesOf(tx: Tx, tenantId: string, agentIds: string[], w: Window) {
  const timelines = new Map<string, Timeline>();
  if (agentIds.length === 0) return timelines;
  const { rows } = await tx.execute<MarkRow>(sql`
    select m.event_id, m.agent_id, m.at, m.kind, m.value from agent_marks m
    where m.tenant_id = ${tenantId} and m.agent_id = any(${sql.param(agentIds)}::uuid[])
      and m.kind <> 'availability' and m.at < ${w.to}
      and m.at >= coalesce((
        select max(p.at) from agent_marks p
        where p.agent_id = m.agent_id and p.at <= ${w.from}
          and case when m.kind = 'status' then p.kind = 'status' else p.kind in ('clock_in', 'clock_out') end
      ), ${w.from})`);
  const marks = rows.map(toMark);
  for (const id of agentIds) timelines.set(id, timelineOf(marks.filter((m) => m.agentId === id)));
  return timelines;
}

/** Per active agent and supervisor of the tenant: their latest mark of each kind. */
export async function latestMarks(tx: Tx, tenantId: string): Promise<Map<string, Mark[]>> {
  const { rows } = await tx.execute<MarkRow>(sql`
    select a.agent_id, m.event_id, m.at, k.kind, m.value
    from agents a
    cross join unnest(${sql.param([...markKinds])}::text[]) as k(kind)
    cross join lateral (
      select event_id, at, value from agent_marks
      where agent_id = a.agent_id and kind = k.kind order by at desc, event_id desc limit 1
    ) m
    where a.tenant_id = ${tenantId} and a.is_active and a.role in ('agent', 'supervisor')`);
  const latest = new Map<string, Mark[]>();
  for (const row of rows) latest.set(row.agent_id, [...(latest.get(row.agent_id) ?? []), toMark(row)]);
  return latest;
}
