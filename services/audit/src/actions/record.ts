import type { Envelope, Role } from '@switchboard/contracts';
import { appendEntry, keepState, knownState } from '../data/audit.repository.js';
import type { Tx } from '../data/db.js';
import { type AuditFact, auditFactOf } from '../domain/facts.js';

const auditedRoles: readonly Role[] = ['admin', 'supervisor'];

type State = Record<string, unknown>;

/** The fields `after` names as they were, or the whole last state when the target is gone. */
function beforeOf(fact: AuditFact, known: State | undefined): State | null {
  if (fact.before !== undefined) return fact.before;
  if (!known) return null;
  if (!fact.after) return known;
  return Object.fromEntries(Object.keys(fact.after).map((k) => [k, known[k] ?? null]));
}

/**
 * Appends the change `event` records when an admin or supervisor made it (the actor's role as
 * the audit log last learned it from user events), and keeps the target's state for next time.
 */
export async function recordChange(event: Envelope, tx: Tx): Promise<void> {
  const fact = auditFactOf(event);
  if (!fact) return;
  const key = { tenantId: event.tenantId, targetType: fact.targetType, targetId: fact.targetId };
  const known = await knownState(tx, key.tenantId, key.targetType, key.targetId);
  const actor = fact.actorId ? await knownState(tx, event.tenantId, 'user', fact.actorId) : undefined;
  const actorRole = actor?.role as Role | undefined;
  if (fact.actorId && actorRole && auditedRoles.includes(actorRole)) {
    await appendEntry(tx, {
      id: event.id,
      tenantId: event.tenantId,
      at: new Date(event.occurredAt),
      actorId: fact.actorId,
      actorRole,
      action: fact.action,
      targetType: fact.targetType,
      targetId: fact.targetId,
      before: beforeOf(fact, known),
      after: fact.after,
      ip: null,
      correlationId: event.correlationId,
    });
  }
  if (fact.state) await keepState(tx, key, fact.state);
  else if (fact.action === 'user.deactivated' && known)
    await keepState(tx, key, { ...known, isActive: false });
}
