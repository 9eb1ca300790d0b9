import type { Envelope, EventData } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { deactivateUser, saveUser } from '../data/users.repository.js';

/** user.created / user.updated: who an `@username` names, their role and whether they are active. */
export const projectUser = (tx: Tx, event: Envelope<EventData<'user.created'> | EventData<'user.updated'>>) =>
  saveUser(tx, {
    userId: event.data.id,
    tenantId: event.tenantId,
    username: event.data.username,
    role: event.data.role,
    isActive: event.data.isActive,
  });

/** user.deactivated: a deactivated user is mentioned no more. */
export const projectDeactivated = (tx: Tx, event: Envelope<EventData<'user.deactivated'>>) =>
  deactivateUser(tx, event.tenantId, event.data.userId);
