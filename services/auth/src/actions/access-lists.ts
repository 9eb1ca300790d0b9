import { type Role, unavailableError } from '@switchboard/contracts';
import type { AuthDeps } from '../deps.js';

type Change = { userId: string; role: Role | null; deactivated: boolean };

/**
 * Tells every verifier, before the change commits, that the user's unexpired access tokens no
 * longer hold: a new role replaces their claim, a deactivation refuses them. Written inside the
 * transaction, after the user row is locked by its update, so concurrent changes land in commit
 * order. Fails closed: without Redis the change is refused and nothing is stored
 * (docs/auth.md, "Current role and revocation").
 */
export async function publishAccessChange(deps: AuthDeps, change: Change): Promise<void> {
  const ttl = deps.config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS;
  try {
    if (change.role) await deps.revokedUsers.setRole(change.userId, change.role, ttl);
    if (change.deactivated) await deps.revokedUsers.revoke(change.userId, Math.floor(Date.now() / 1000), ttl);
  } catch (err) {
    deps.logger.error({ err, userId: change.userId }, 'could not publish an access change; refusing it');
    throw unavailableError('The change cannot be applied right now; try again shortly');
  }
}

/** Verifiers' clocks may run a little behind auth's. */
const CLOCK_SKEW_SECONDS = 60;
