import { toAgent } from '../data/agent-row.js';
import { findLoginCandidates, updateUser } from '../data/users.repository.js';
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
 * Email or username, optionally within a tenant (id or slug). The answer is
 * the same whether the account exists or not, and failures are throttled per
 * account and per IP.
 */
export async function login(deps: AuthDeps, input: LoginInput, ip: string): Promise<LoginResult> {
  const account = `${input.tenant ?? '*'}:${input.identifier}`;
  const retryAfter = await deps.loginAttempts.retryAfter(account, ip);
  if (retryAfter > 0) return { outcome: 'throttled', retryAfter };

  const candidates = (await findLoginCandidates(deps.db, input.identifier, input.tenant)).filter(
    (u) => u.isActive,
  );
  const matches = [];
  for (const user of candidates)
    if (await verifyPassword(user.passwordHash, input.password)) matches.push(user);
  if (candidates.length === 0) await verifyPassword(await decoyPasswordHash(), input.password);

  const [user] = matches;
  if (!user) {
    await deps.loginAttempts.recordFailure(account, ip);
    return { outcome: 'bad-credentials' };
  }
  // The same credentials in two tenants: the caller must say which one.
  if (matches.length > 1) return { outcome: 'ambiguous' };
  await deps.loginAttempts.recordSuccess(account);
  return { outcome: 'signed-in', body: await signIn(deps, user) };
}

async function signIn(deps: AuthDeps, user: Parameters<typeof toAgent>[0]) {
  return deps.db.transaction(async (tx) => {
    const signedIn = (await updateUser(tx, user.tenantId, user.id, { lastLoginAt: new Date() })) ?? user;
    return { user: toAgent(signedIn), ...(await issueTokens(deps, tx, signedIn)) };
  });
}
