import type { Role } from '@switchboard/contracts';

type Actor = { userId: string; role: Role };
type Owned = { ownerId: string | null };

/** Everyone in the tenant sees its shared responses; a personal one only its owner (others get 404). */
export const canSeeCanned = (actor: Actor, response: Owned) =>
  response.ownerId === null || response.ownerId === actor.userId;

/**
 * Why the actor may not write this response (create, edit, delete), or null when they may:
 * shared ones are a supervisor's or admin's; a personal one its owner's, unless a viewer (who
 * never replies, so has no use for one).
 */
export function refuseCannedWrite(actor: Actor, response: Owned): string | null {
  if (actor.role === 'viewer') return 'Viewers do not reply, so they keep no canned responses';
  if (response.ownerId !== null) return null;
  return actor.role === 'admin' || actor.role === 'supervisor'
    ? null
    : 'Only a supervisor or admin manages the tenant’s canned responses';
}
