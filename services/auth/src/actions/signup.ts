import { uuidv7 } from '@switchboard/contracts';
import { toAgent } from '../data/agent-row.js';
import { type EventOrigin, recordEvent } from '../data/events.js';
import { claimSlug, insertTenant } from '../data/tenants.repository.js';
import { insertUser } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { hashPassword } from '../domain/passwords.js';
import { slugOf } from '../domain/tenant-slug.js';
import { issueTokens } from './sessions.js';

export type SignupInput = {
  tenantName: string;
  fullName: string;
  email: string;
  username: string;
  password: string;
  /** Only the demo seed picks its slug; signups derive it from the name. */
  slug?: string;
};

/** Creates a tenant and its first admin, and signs the admin in. */
export async function signup(deps: AuthDeps, input: SignupInput, correlationId: string) {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const tenantId = uuidv7();
    const slug = await claimSlug(tx, input.slug ?? slugOf(input.tenantName));
    const tenant = await insertTenant(tx, { id: tenantId, name: input.tenantName, slug });
    const user = await insertUser(tx, {
      id: uuidv7(),
      tenantId,
      username: input.username,
      email: input.email,
      fullName: input.fullName,
      role: 'admin',
      department: 'Management',
      passwordHash,
    });
    const origin: EventOrigin = { tenantId, correlationId };
    await recordEvent(tx, origin, 'tenant.created', { tenantId, name: tenant.name, slug });
    await recordEvent(tx, origin, 'user.created', toAgent(user));
    const tokens = await issueTokens(deps, tx, user);
    return {
      tenant: { id: tenant.id, name: tenant.name, slug, createdAt: tenant.createdAt.toISOString() },
      user: toAgent(user),
      ...tokens,
    };
  });
}
