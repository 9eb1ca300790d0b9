/** The demo tenant's team, as its supervisor sees it through auth's public API. */
export type DemoTenant = { tenantId: string; supervisorId: string; agentIds: string[] };

const DEMO_PASSWORD = 'Switchboard1'; // the demo logins' published password (README), not a secret

/**
 * Who the demo tenant is, for a service's seed-history entry: asked of auth's public API as the
 * demo supervisor would, since a service never reads another's database.
 */
export async function fetchDemoTenant(authUrl: string): Promise<DemoTenant> {
  const login = await api(authUrl, '/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username: 'supervisor', password: DEMO_PASSWORD, tenant: 'demo' }),
  });
  const { user, accessToken } = login as { user: { id: string; tenantId: string }; accessToken: string };
  const page = (await api(authUrl, '/api/agents?role=agent&status=active&limit=100', {
    headers: { authorization: `Bearer ${accessToken}` },
  })) as { data: { id: string }[] };
  return { tenantId: user.tenantId, supervisorId: user.id, agentIds: page.data.map((a) => a.id) };
}

async function api(base: string, path: string, init: RequestInit) {
  const response = await fetch(new URL(path, base), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status}`);
  return response.json();
}
