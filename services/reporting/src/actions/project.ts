import type { Envelope } from '@switchboard/contracts';
import { replaceProfile } from '../data/agents.repository.js';
import { eventsOfSubject, storeEvent } from '../data/consumed-events.repository.js';
import { markDirty } from '../data/dashboards.repository.js';
import type { Tx } from '../data/db.js';
import { lockSubject, lockTenantShared } from '../data/locks.js';
import { insertMark } from '../data/marks.repository.js';
import { replaceSettings } from '../data/settings.repository.js';
import { replaceTicket } from '../data/tickets.repository.js';
import { markOf } from '../domain/agent-timeline.js';
import { projectSettings } from '../domain/settings-projection.js';
import { subjectOf } from '../domain/subjects.js';
import { projectTicket } from '../domain/ticket-projection.js';
import { projectUser } from '../domain/user-projection.js';

/**
 * Brings the read models up to date with one stored event: its subject (ticket, user, tenant
 * settings) is projected again from all of its stored events, and an agent's timeline event is
 * one more mark. `projected` skips subjects already projected in this pass (a rebuild).
 */
export async function project(tx: Tx, event: Envelope, projected?: Set<string>): Promise<void> {
  const { family, subjectId } = subjectOf(event);
  if (family === 'agent') return insertMark(tx, event.tenantId, markOf(event));
  if (projected?.has(subjectId)) return;
  projected?.add(subjectId);
  const events = await eventsOfSubject(tx, event.tenantId, subjectId);
  if (family === 'ticket') await replaceTicket(tx, event.tenantId, subjectId, projectTicket(events));
  if (family === 'user') await replaceProfile(tx, event.tenantId, subjectId, projectUser(events));
  if (family === 'settings') await replaceSettings(tx, event.tenantId, projectSettings(events));
}

/**
 * A consumed event: kept verbatim, projected, and the tenant's dashboard marked for the next
 * push, all in the consumer's transaction (which also records the event id: applied once).
 */
export async function applyConsumed(tx: Tx, event: Envelope): Promise<void> {
  const { subjectId } = subjectOf(event);
  await lockTenantShared(tx, event.tenantId);
  await lockSubject(tx, subjectId);
  await storeEvent(tx, event, subjectId);
  await project(tx, event);
  await markDirty(tx, event.tenantId, new Date());
}
