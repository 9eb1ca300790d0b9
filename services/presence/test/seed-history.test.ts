import { demoTenantOf } from '@switchboard/testing';
import { localDateOf } from '@switchboard/time';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedSessionHistory } from '../src/bin/seed-history.js';
import { outbox, workSessions } from '../src/data/schema.js';
import { type PresenceHarness, startPresence } from './support/presence-harness.js';

let h: PresenceHarness;
beforeAll(async () => {
  h = await startPresence();
});
afterAll(() => h?.stop());

type Day = { date: string; late: boolean; absent: boolean; workedSeconds: number; breakSeconds: number };

it('the demo sessions fill two weeks of attendance, with breaks, lateness and an absence, and a second seed adds nothing', {
  timeout: 60_000,
}, async () => {
  const team = await h.tenant();
  const demo = demoTenantOf(team);
  // Saturday 23:30 UTC is already Sunday in Madrid: the two weeks are Madrid's, Nov 8 to Nov 21,
  // starting on a Sunday (a CI run at such an hour once found the test counting UTC days).
  const end = new Date('2026-11-21T23:30:00Z');
  const first = await seedSessionHistory(h.deps, demo, end);
  const sessions = await sessionCount(team.tenantId);
  const again = await seedSessionHistory(h.deps, demo, end);
  expect([first.outcome, again.outcome]).toEqual(['created', 'present']);
  expect(await sessionCount(team.tenantId)).toBe(sessions);

  const res = await h.call('GET', '/api/sessions/attendance?from=2026-11-08&to=2026-11-21', {
    as: team.supervisor,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const days: Day[] = res.body.data.flatMap((a: { days: Day[] }) => a.days);
  const worked = days.filter((d) => d.workedSeconds > 0);
  expect(worked.length).toBeGreaterThanOrEqual(16); // two agents, ten workdays, the odd absence
  expect(worked.every((d) => d.breakSeconds >= 40 * 60 && d.workedSeconds > 6 * 3600)).toBe(true);
  expect(worked.some((d) => d.late)).toBe(true);
  expect(worked.some((d) => !d.late)).toBe(true);
  expect(days.some((d) => d.absent)).toBe(true);

  // The events carry the past instants, so reporting's attendance tells the same two weeks.
  const clockIns = (await h.deps.db.select({ envelope: outbox.envelope }).from(outbox))
    .map((e) => e.envelope as { type: string; tenantId: string; occurredAt: string })
    .filter((e) => e.tenantId === team.tenantId && e.type === 'agent.clocked_in');
  expect(clockIns.length).toBe(sessions);
  const earliest = Math.min(...clockIns.map((e) => Date.parse(e.occurredAt)));
  expect(localDateOf('Europe/Madrid', new Date(earliest))).toBe('2026-11-09'); // the first Monday
});

async function sessionCount(tenantId: string) {
  const [row] = await h.deps.db
    .select({ n: count() })
    .from(workSessions)
    .where(eq(workSessions.tenantId, tenantId));
  return row?.n ?? 0;
}
