import type { Dashboard } from '@switchboard/contracts';
import { localDateOf, localDay } from '@switchboard/time';
import type { Tx } from '../data/db.js';
import { latestMarks } from '../data/marks.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { createdIn, cyclesIn, publicMessagesIn, repliesIn, statusCounts } from '../data/work.repository.js';
import type { Mark } from '../domain/agent-timeline.js';
import { dashboardOf } from '../domain/dashboard.js';

const latestOf = (marks: Mark[], kinds: Mark['kind'][]) =>
  marks
    .filter((m) => kinds.includes(m.kind))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.eventId.localeCompare(b.eventId))
    .at(-1);

const activityOf: Record<string, string> = {
  clock_in: 'working',
  break_end: 'working',
  break_start: 'break',
  clock_out: 'clocked_out',
};

/** GET /api/reports/dashboard, and what metrics.updated carries: the tenant's numbers now. */
export async function liveDashboard(tx: Tx, tenantId: string, now = new Date()): Promise<Dashboard> {
  const { timeZone } = await settingsOf(tx, tenantId);
  const day = localDateOf(timeZone, now);
  const today = localDay(timeZone, day);
  const [statuses, messages, created, replies, cycles, marks] = await Promise.all([
    statusCounts(tx, tenantId),
    publicMessagesIn(tx, tenantId, today),
    createdIn(tx, tenantId, today),
    repliesIn(tx, tenantId, today),
    cyclesIn(tx, tenantId, today),
    latestMarks(tx, tenantId),
  ]);
  const floor = [...marks.values()].map((m) => {
    const session = latestOf(m, ['clock_in', 'clock_out', 'break_start', 'break_end']);
    return {
      activity: session ? (activityOf[session.kind] ?? null) : null,
      status: latestOf(m, ['status'])?.value ?? null,
      availability: latestOf(m, ['availability'])?.value ?? null,
    };
  });
  return dashboardOf({
    day,
    timeZone,
    statusCounts: statuses,
    messagesToday: messages,
    createdToday: created.length,
    firstReplySecondsToday: replies.filter((r) => r.kind === 'first').map((r) => r.seconds),
    resolutionsToday: cycles,
    floor,
  });
}
