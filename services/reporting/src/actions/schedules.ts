import type { Caller } from '@switchboard/auth-verify';
import { invalidInput, notFoundError, uuidv7 } from '@switchboard/contracts';
import { findAgent } from '../data/agents.repository.js';
import type { Db } from '../data/db.js';
import {
  deleteSchedule,
  insertSchedule,
  type ScheduleRow,
  schedulesOf,
} from '../data/schedules.repository.js';

export type NewSchedule = {
  report: 'agent' | 'team' | 'tickets';
  frequency: 'weekly' | 'monthly';
  recipients: string[];
  agentId?: string | undefined;
};

const viewOf = (s: ScheduleRow) => ({
  id: s.id,
  report: s.report,
  frequency: s.frequency,
  recipients: s.recipients,
  agentId: s.agentId,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
});

/** POST /api/reports/schedules: the report goes out once per full week or month from now on. */
export async function createSchedule(db: Db, caller: Caller, asked: NewSchedule) {
  if (asked.report === 'agent' && !asked.agentId)
    throw invalidInput([{ field: 'agentId', message: 'an agent report names its agent' }]);
  if (asked.agentId && !(await findAgent(db, caller.tenantId, asked.agentId))) throw notFoundError('Agent');
  const row = await insertSchedule(db, {
    id: uuidv7(),
    tenantId: caller.tenantId,
    report: asked.report,
    frequency: asked.frequency,
    recipients: asked.recipients,
    agentId: asked.report === 'agent' ? (asked.agentId ?? null) : null,
    createdBy: caller.userId,
  });
  return viewOf(row);
}

export const listSchedules = async (db: Db, caller: Caller) => ({
  data: (await schedulesOf(db, caller.tenantId)).map(viewOf),
});

export async function removeSchedule(db: Db, caller: Caller, id: string) {
  if (!(await deleteSchedule(db, caller.tenantId, id))) throw notFoundError('Schedule');
}
