import type { Caller } from '@switchboard/auth-verify';
import { now as clockNow } from '@switchboard/clock';
import { notAllowed, notFoundError } from '@switchboard/contracts';
import type { ShiftSettings } from '@switchboard/time';
import { addDays, attendanceBetween, instantOfLocal, type WorkedSession } from '@switchboard/time';
import { findAgent, listWorkers } from '../data/agents.repository.js';
import { recordEvent } from '../data/events.js';
import { listSessions } from '../data/intervals.repository.js';
import { saveShiftSettings, shiftSettingsOf } from '../data/settings.repository.js';
import type { PresenceDeps } from '../deps.js';

const settingsView = (s: ShiftSettings & { updatedAt: Date | null }) => ({
  timeZone: s.timeZone,
  shiftStart: s.shiftStart,
  lateAfterMinutes: s.lateAfterMinutes,
  workdays: s.workdays,
  idleSessionLimitMinutes: s.idleSessionLimitMinutes,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});

/** GET /api/sessions/settings: the caller's tenant's shift settings (defaults until saved). */
export async function getShiftSettings(deps: PresenceDeps, caller: Caller) {
  return settingsView(await shiftSettingsOf(deps.db, caller.tenantId));
}

/** PUT /api/sessions/settings: the given fields replace the tenant's current ones. */
export async function putShiftSettings(deps: PresenceDeps, caller: Caller, changes: Partial<ShiftSettings>) {
  return deps.db.transaction(async (tx) => {
    const { updatedAt: _, ...current } = await shiftSettingsOf(tx, caller.tenantId);
    const at = clockNow();
    const saved = settingsView(await saveShiftSettings(tx, caller.tenantId, { ...current, ...changes }, at));
    await recordEvent(tx, caller, 'shift_settings.updated', { ...saved, updatedAt: at.toISOString() });
    return saved;
  });
}

type AttendanceQuery = { agentId?: string | undefined; from: string; to: string };

/**
 * GET /api/sessions/attendance: per agent, per local day of the tenant's time zone from `from` to
 * `to` (both included). Agents see only themselves; the others one agent or every worker.
 */
export async function attendanceReport(deps: PresenceDeps, caller: Caller, query: AttendanceQuery) {
  const asked = caller.role === 'agent' ? (query.agentId ?? caller.userId) : query.agentId;
  if (caller.role === 'agent' && asked !== caller.userId) {
    throw notAllowed('Agents see only their own attendance');
  }
  const db = deps.db;
  let agentIds: string[];
  if (asked) {
    if (!(await findAgent(db, caller.tenantId, asked))) throw notFoundError('Agent');
    agentIds = [asked];
  } else {
    agentIds = (await listWorkers(db, caller.tenantId)).map((a) => a.agentId);
  }
  const settings = await shiftSettingsOf(db, caller.tenantId);
  const from = instantOfLocal(settings.timeZone, query.from);
  const to = instantOfLocal(settings.timeZone, addDays(query.to, 1));
  const rows = await listSessions(db, caller.tenantId, { agentId: asked, from, to, limit: null });
  const now = clockNow();
  const byAgent = new Map<string, WorkedSession[]>(agentIds.map((id) => [id, []]));
  for (const { session, activities } of rows) {
    byAgent.get(session.agentId)?.push({
      start: session.startedAt,
      end: session.endedAt,
      activities: activities.map((a) => ({ kind: a.kind, start: a.startedAt, end: a.endedAt })),
    });
  }
  return {
    data: agentIds.map((agentId) => ({
      agentId,
      days: attendanceBetween(settings, byAgent.get(agentId) ?? [], query.from, query.to, now),
    })),
  };
}
