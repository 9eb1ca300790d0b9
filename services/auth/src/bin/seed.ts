import { eq } from 'drizzle-orm';
import { createAgent } from '../actions/agents.js';
import { signup } from '../actions/signup.js';
import type { AuthConfig } from '../config.js';
import { tenants } from '../data/schema.js';
import type { AuthDeps } from '../deps.js';
import { openDeps } from '../wiring.js';

export const DEMO_PASSWORD = 'Switchboard1';
const domain = 'demo.switchboard.local';

const team = [
  { username: 'supervisor', fullName: 'Sam Supervisor', role: 'supervisor', department: 'Support' },
  { username: 'agent1', fullName: 'Alex Agent', role: 'agent', department: 'Support' },
  { username: 'agent2', fullName: 'Bea Agent', role: 'agent', department: 'Billing' },
  { username: 'agent3', fullName: 'Chris Agent', role: 'agent', department: 'Support' },
  { username: 'viewer', fullName: 'Vic Viewer', role: 'viewer', department: 'Management' },
] as const;

/** The demo tenant (slug `demo`) with an admin, a supervisor, three agents and a viewer. Idempotent. */
export async function seedDemoTenant(deps: AuthDeps): Promise<'created' | 'present'> {
  const [existing] = await deps.db.select().from(tenants).where(eq(tenants.slug, 'demo'));
  if (existing) return 'present';
  const correlationId = 'seed';
  const admin = await signup(
    deps,
    {
      tenantName: 'Demo Contact Center',
      slug: 'demo',
      fullName: 'Ada Admin',
      email: `admin@${domain}`,
      username: 'admin',
      password: DEMO_PASSWORD,
    },
    correlationId,
  );
  const actor = { userId: admin.user.id, tenantId: admin.tenant.id, role: 'admin' as const, correlationId };
  for (const member of team) {
    await createAgent(deps, actor, {
      ...member,
      email: `${member.username}@${domain}`,
      password: DEMO_PASSWORD,
    });
  }
  return 'created';
}

/** Seeds the demo tenant over connections of its own (./manage.sh seed, and the embedded process). */
export async function seedDemo(config: AuthConfig): Promise<'created' | 'present'> {
  const { deps, close } = await openDeps(config);
  try {
    return await seedDemoTenant(deps);
  } finally {
    await close();
  }
}
