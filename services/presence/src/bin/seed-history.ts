import type { Caller } from '@switchboard/auth-verify';
import { atTime } from '@switchboard/clock';
import { type DemoTenant, fetchDemoTenant } from '@switchboard/service-runtime';
import { and, eq, lt } from 'drizzle-orm';
import { putShiftSettings } from '../actions/attendance.js';
import { moveSession } from '../actions/sessions.js';
import { workSessions } from '../data/schema.js';
import type { PresenceDeps } from '../deps.js';
import { DEMO_DAYS, DEMO_SHIFT, demoSessions } from './demo-sessions.js';

const correlationId = 'seed-history';
const DAY_MS = 86_400_000;

/**
 * Replays the demo team's last two weeks of work sessions through the agents' own session moves,
 * each under atTime(its instant), so rows and events (reporting's attendance) carry past times.
 * The marker is a session started before yesterday: a second run adds nothing.
 */
export async function seedSessionHistory(deps: PresenceDeps, demo: DemoTenant, end = new Date()) {
  const [seen] = await deps.db
    .select({ id: workSessions.id })
    .from(workSessions)
    .where(
      and(
        eq(workSessions.tenantId, demo.tenantId),
        lt(workSessions.startedAt, new Date(end.getTime() - DAY_MS)),
      ),
    )
    .limit(1);
  if (seen) return { outcome: 'present' as const, steps: 0 };
  const setupAt = new Date(end.getTime() - (DEMO_DAYS + 1) * DAY_MS);
  const admin = callerOf(demo.tenantId, demo.supervisorId, 'admin');
  await atTime(setupAt, () => putShiftSettings(deps, admin, DEMO_SHIFT));
  const steps = demoSessions(demo, end);
  for (const step of steps)
    await atTime(step.at, () =>
      moveSession(deps, callerOf(demo.tenantId, step.agentId, 'agent'), step.move, step.reason),
    );
  return { outcome: 'created' as const, steps: steps.length };
}

/** The demo tenant's sessions (manage.sh start, embedded mode). */
export async function seedDemoSessions(deps: PresenceDeps, authUrl: string) {
  return seedSessionHistory(deps, await fetchDemoTenant(authUrl));
}

const callerOf = (tenantId: string, userId: string, role: Caller['role']): Caller => ({
  userId,
  tenantId,
  role,
  correlationId,
});
