import { createHmac, randomBytes } from 'node:crypto';

export const PASSWORD = 'Passw0rdX';

type Answer = { status: number; body: any };

export function client(baseUrl: string) {
  return async (
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const body = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

export type Person = { id: string; email: string; fullName: string; token: string };

function must(answer: Answer, status: number, what: string) {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * A fresh tenant with its admin, a supervisor and agents who can sign in; the customer channel
 * signs inbound messages with the tenant's secret, as a provider would.
 */
export async function contactCenter(baseUrl: string, agentNames: string[] = ['Alex Rivera']) {
  const call = client(baseUrl);
  const tag = randomBytes(3).toString('hex');
  const signup = must(
    await call('POST', '/api/auth/signup', {
      body: {
        tenantName: `E2E ${tag}`,
        fullName: 'Ada Admin',
        email: `admin-${tag}@example.com`,
        username: `admin_${tag}`,
        password: PASSWORD,
      },
    }),
    201,
    'signup',
  );
  const tenantId: string = signup.tenant.id;
  const admin: Person = { ...signup.user, token: signup.accessToken };
  const person = async (fullName: string, role: string, department = 'Support'): Promise<Person> => {
    const handle = `${fullName.split(' ')[0]?.toLowerCase()}_${randomBytes(3).toString('hex')}`;
    const email = `${handle}@example.com`;
    const created = must(
      await call('POST', '/api/agents', {
        token: admin.token,
        body: { username: handle, email, fullName, role, department, password: PASSWORD },
      }),
      201,
      'create user',
    );
    const login = must(
      await call('POST', '/api/auth/login', { body: { email, password: PASSWORD } }),
      200,
      'login',
    );
    return { id: created.id, email, fullName, token: login.accessToken };
  };
  const supervisor = await person('Sam Supervisor', 'supervisor');
  const agents = [];
  for (const name of agentNames) agents.push(await person(name, 'agent'));
  const channel = must(await call('GET', '/api/channels', { token: admin.token }), 200, 'channel');

  /** A customer writes in through the signed inbound channel (docs/tickets.md "Customer channel"). */
  const customerWrites = async (from: { name: string; email?: string; phone?: string }, text: string) => {
    const raw = JSON.stringify({
      externalId: `ext-${randomBytes(6).toString('hex')}`,
      from,
      text,
      timestamp: new Date().toISOString(),
    });
    const signature = createHmac('sha256', channel.secret).update(raw).digest('hex');
    const res = await call('POST', `/api/channels/inbound/${tenantId}`, {
      raw,
      headers: { 'x-signature': `sha256=${signature}` },
    });
    if (res.status >= 300) throw new Error(`inbound: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** The supervisor assigns a ticket, as the queue's Assign control does. */
  const assign = async (ticketId: string, agentId: string) =>
    must(
      await call('POST', `/api/tickets/${ticketId}/assign`, { token: supervisor.token, body: { agentId } }),
      200,
      'assign',
    );

  return { tenantId, call, admin, supervisor, agents, customerWrites, must, assign, addPerson: person };
}
