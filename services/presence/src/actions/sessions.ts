import type { Caller } from '@switchboard/auth-verify';
import { now as clockNow } from '@switchboard/clock';
import { conflictError, type EventContext, notAllowed, notFoundError } from '@switchboard/contracts';
import { sessionTotals } from '@switchboard/time';
import { logActivity } from '../data/activity.repository.js';
import { type AgentRow, findAgent, lockCallerAgent } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  endActivity,
  endSession,
  listSessions,
  openActivityOf,
  openSessionOf,
  type SessionQuery,
  startActivity,
  startSession,
} from '../data/intervals.repository.js';
import type { PresenceDeps } from '../deps.js';
import { moveActivity } from '../domain/activity-log.js';
import { type Move, planMove } from '../domain/moves.js';
import { refreshAvailability } from './availability.js';
import { presenceOfAgent } from './presence.js';

/** Postgres unique_violation: a second open interval (the partial unique indexes) would be a race lost. */
const isUniqueViolation = (err: unknown) =>
  (err as { code?: string; cause?: { code?: string } })?.code === '23505' ||
  (err as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * POST /api/sessions/*: the caller moves their own work session. The agent row is locked first,
 * so concurrent requests of one agent apply one after the other; an illegal move is a 409.
 */
export async function moveSession(
  deps: PresenceDeps,
  caller: Caller,
  move: Move,
  reason: string | null = null,
) {
  try {
    return await deps.db.transaction(async (tx) => {
      const agent = await lockCallerAgent(tx, caller);
      if (!agent?.isActive) throw notFoundError('Agent');
      await applyMove(tx, caller, agent, move, clockNow(), { reason });
      return presenceOfAgent(tx, agent);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflictError('Another request changed your session at the same time');
    throw err;
  }
}

/** Why a break started, and who ended a session (the agent unless the idle cleanup did). */
export type MoveDetails = { reason?: string | null; closedBy?: 'agent' | 'idle_cleanup' };

/**
 * Applies `move` to the (locked) agent's work session at `at`: closes the open activity, opens the
 * next, publishes the move's event and re-derives availability. An illegal move is a 409. Shared by
 * the agent's own requests and the idle-session cleanup, which clocks agents out.
 */
export async function applyMove(
  tx: Tx,
  origin: EventContext,
  agent: AgentRow,
  move: Move,
  at: Date,
  details: MoveDetails = {},
): Promise<void> {
  const open = await openActivityOf(tx, agent.agentId);
  const plan = planMove(open?.kind ?? 'clocked_out', move);
  if (!plan.ok) throw conflictError(plan.refusal);
  const data = { agentId: agent.agentId, at: at.toISOString() };
  const reason = details.reason ?? null;
  await endActivity(tx, agent.agentId, at);
  await logActivity(tx, origin, moveActivity(agent.agentId, move, details), at);
  if (move === 'clock_in') {
    const session = await startSession(tx, agent.tenantId, agent.agentId, at);
    await startActivity(tx, session, 'working', at);
    await recordEvent(tx, origin, 'agent.clocked_in', data);
  } else if (move === 'clock_out') {
    await endSession(tx, agent.agentId, at);
    await recordEvent(tx, origin, 'agent.clocked_out', { ...data, closedBy: details.closedBy ?? 'agent' });
  } else {
    const session = await openSessionOf(tx, agent.agentId);
    if (!session) throw conflictError('You are not clocked in');
    if (plan.to === 'clocked_out') throw new Error('unreachable');
    await startActivity(tx, session, plan.to, at, move === 'break_start' ? reason : null);
    if (move === 'break_start') await recordEvent(tx, origin, 'agent.break_started', { ...data, reason });
    if (move === 'break_end') await recordEvent(tx, origin, 'agent.break_ended', data);
  }
  await refreshAvailability(tx, origin, agent, at);
}

/** GET /api/sessions for this caller: agents read only their own; 404 for an agent the tenant lacks. */
export async function readSessions(deps: PresenceDeps, caller: Caller, query: SessionQuery) {
  const agentId = caller.role === 'agent' ? (query.agentId ?? caller.userId) : query.agentId;
  if (caller.role === 'agent' && agentId !== caller.userId) {
    throw notAllowed('Agents see only their own sessions');
  }
  if (agentId && !(await findAgent(deps.db, caller.tenantId, agentId))) throw notFoundError('Agent');
  return sessionsReport(deps.db, caller.tenantId, { ...query, agentId });
}

/** Work sessions with their breaks and totals (open ones counted up to now). */
export async function sessionsReport(tx: Tx, tenantId: string, query: SessionQuery) {
  const now = clockNow();
  const rows = await listSessions(tx, tenantId, query);
  return rows.map(({ session, activities }) => {
    const intervals = activities.map((a) => ({ kind: a.kind, start: a.startedAt, end: a.endedAt }));
    return {
      id: session.id,
      agentId: session.agentId,
      startedAt: session.startedAt.toISOString(),
      endedAt: session.endedAt?.toISOString() ?? null,
      breaks: activities
        .filter((a) => a.kind === 'break')
        .map((a) => ({
          startedAt: a.startedAt.toISOString(),
          endedAt: a.endedAt?.toISOString() ?? null,
          reason: a.reason,
        })),
      calls: activities
        .filter((a) => a.kind === 'on_call')
        .map((a) => ({ startedAt: a.startedAt.toISOString(), endedAt: a.endedAt?.toISOString() ?? null })),
      ...sessionTotals({ start: session.startedAt, end: session.endedAt }, intervals, now),
    };
  });
}
