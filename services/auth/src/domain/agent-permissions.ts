import type { Role } from '@switchboard/contracts';
import type { AgentChanges } from './agent-fields.js';

type Actor = { userId: string; role: Role };
type Target = { id: string; role: Role };

const selfEditable = new Set<keyof AgentChanges>(['fullName', 'phone', 'avatar']);
const supervisorEditable = new Set<keyof AgentChanges>(['fullName', 'phone', 'avatar', 'department']);

/**
 * Why an update is refused, or null when allowed (docs/api.md §3, §4.2): admins change
 * anyone but cannot deactivate or demote themselves (a tenant must keep an
 * admin); supervisors edit the profile of agents and viewers; everyone edits
 * their own name, phone and picture.
 */
export function refusalOf(actor: Actor, target: Target, changes: AgentChanges): string | null {
  const fields = Object.keys(changes) as (keyof AgentChanges)[];
  const isSelf = actor.userId === target.id;
  if (actor.role === 'admin') {
    if (isSelf && changes.isActive === false) return 'You cannot deactivate yourself';
    if (isSelf && changes.role && changes.role !== 'admin') return 'You cannot remove your own admin role';
    return null;
  }
  if (isSelf && fields.every((f) => selfEditable.has(f))) return null;
  const managesTarget = actor.role === 'supervisor' && (target.role === 'agent' || target.role === 'viewer');
  if (managesTarget && fields.every((f) => supervisorEditable.has(f))) return null;
  return 'You are not allowed to change these fields of this agent';
}
