import { toAgent } from '../data/agent-row.js';
import { findLoginCandidates, type UserRow, updateUser } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { decoyPasswordHash, verifyPassword } from '../domain/passwords.js';
import { issueTokens } from './sessions.js';

export type LoginInput = { identifier: string; password: string; tenant?: string | undefined };

export type LoginResult =
  | { outcome: 'signed-in'; body: Awaited<ReturnType<typeof signIn>> }
  | { outcome: 'bad-credentials' }
  | { outcome: 'throttled'; retryAfter: number }
  | { outcome: 'ambiguous' };

/**
 * Email or username, optionally within a tenant (id or slug). The answer is the same whether the
 * account exists or not, and never depends on a password that does not sign in: an identifier
 * of several tenants' accounts without a tenant is ambiguous before any password is checked
 * (docs/auth.md). Failures are throttled per account — the user, however it was named — and
 * per IP.
 */
export async function login(deps: AuthDeps, input: LoginInput, ip: string): Promise<LoginResult> {
  const candidates = (await findLoginCandidates(deps.db, input.identifier, input.tenant)).filter(
    (u) => u.isActive,
  );
  const accounts = accountsOf(input, candidates);
  const retryAfter = await deps.loginAttempts.retryAfter(accounts, ip);
  if (retryAfter > 0) return { outcome: 'throttled', retryAfter };

  const [user] = candidates;
  // The same work as a real check, so the answer's timing tells nothing either.
  if (!user || candidates.length > 1) await verifyPassword(await decoyPasswordHash(), input.password);
  if (candidates.length > 1) return { outcome: 'ambiguous' };
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    await deps.loginAttempts.recordFailure(accounts, ip);
    return { outcome: 'bad-credentials' };
  }
  await deps.loginAttempts.recordSuccess(accounts);
  return { outcome: 'signed-in', body: await signIn(deps, user) };
}

/** The lockout's keys: the user id when the account exists, what was typed when it does not. */
const accountsOf = (input: LoginInput, candidates: UserRow[]) =>
  candidates.length > 0
    ? candidates.map((u) => `user:${u.id}`)
    : [`unknown:${input.tenant ?? '*'}:${input.identifier}`];

async function signIn(deps: AuthDeps, user: UserRow) {
  return deps.db.transaction(async (tx) => {
    const signedIn = (await updateUser(tx, user.tenantId, user.id, { lastLoginAt: new Date() })) ?? user;
    return { user: toAgent(signedIn), ...(await issueTokens(deps, tx, signedIn)) };
  });
}
