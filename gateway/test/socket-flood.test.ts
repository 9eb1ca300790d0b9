import {
  type Client,
  connectAuthenticated,
  createAgent,
  type RunningProcess,
  type Stack,
  signupTenant,
  startProcess,
  startStack,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROUNDS = 20;
let stack: Stack;
let flooder: RunningProcess | undefined;
beforeAll(async () => {
  // Low enough that the flooding tenant's five tabs together run into their tenant's limit.
  stack = await startStack({ gatewayEnv: { SOCKET_TENANT_EVENTS_PER_SECOND: '40' } });
});
afterAll(async () => {
  await flooder?.stop();
  await stack?.stop();
});

type FloodTotals = {
  sent: number;
  answered: number;
  limitedBySocket: number;
  limitedByTenant: number;
  errorEvents: number;
  authenticated: number;
  cutOff: number;
};

/** The flooder's latest running totals (it prints one JSON line every 250 ms). */
function floodTotals(): FloodTotals | undefined {
  const last = flooder?.output().trim().split('\n').at(-1);
  return last?.startsWith('{') ? (JSON.parse(last) as FloodTotals) : undefined;
}

async function openTicket(token: string) {
  const res = await stack.call('POST', '/api/tickets', {
    token,
    body: { subject: 'Refund', priority: 'high' },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const p95 = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1] ?? 0;

/** A calm tenant at work: a ticket opened reaches the supervisor's tab, an agent opens it. */
async function calmTenantAtWork(
  admin: TenantAdmin,
  supervisorTab: Client,
  agentTab: Client,
  rounds = ROUNDS,
) {
  const delivery: number[] = [];
  const joins: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const id = await openTicket(admin.token);
    await supervisorTab.next('ticket_created', (t) => t.id === id);
    delivery.push(performance.now() - started);
    const asked = performance.now();
    expect(await agentTab.socket.timeout(10_000).emitWithAck('join_ticket', id)).toEqual({ ok: true });
    joins.push(performance.now() - asked);
  }
  return { delivery, joins };
}

describe('a flood of client socket events', () => {
  it('is rate limited and its sockets dropped, while another tenant’s events and answers stay prompt', async () => {
    const flooding = await signupTenant(stack.call, 'Flooding');
    const floodTicket = await openTicket(flooding.token);
    const calm = await signupTenant(stack.call, 'Calm');
    const calmAgent = await createAgent(stack.call, calm);
    const supervisorTab = await connectAuthenticated(stack.baseUrl, { token: calm.token });
    const agentTab = await connectAuthenticated(stack.baseUrl, { token: calmAgent.token });
    await calmTenantAtWork(calm, supervisorTab, agentTab, 3); // warm-up: the agent known everywhere
    const before = await calmTenantAtWork(calm, supervisorTab, agentTab);

    flooder = startProcess('gateway/test/support/flood.main.ts', {
      GATEWAY_URL: stack.baseUrl,
      FLOOD_TOKEN: flooding.token,
      FLOOD_TICKET_ID: floodTicket,
      FLOOD_SOCKETS: '5',
    });
    await waitFor('the flood under way', () => (floodTotals()?.limitedBySocket ?? 0) > 0, 30_000);
    const during = await calmTenantAtWork(calm, supervisorTab, agentTab);
    const flood = (await waitFor(
      'the flooding tenant limited and its abusive sockets dropped',
      () => {
        const t = floodTotals();
        return t && t.limitedByTenant > 0 && t.cutOff > 0 ? t : undefined;
      },
      30_000,
    )) as FloodTotals;
    await flooder.stop();

    const figures = {
      flood,
      deliveryP95Ms: { before: Math.round(p95(before.delivery)), during: Math.round(p95(during.delivery)) },
      joinP95Ms: { before: Math.round(p95(before.joins)), during: Math.round(p95(during.joins)) },
    };
    console.info('socket flood', JSON.stringify(figures));
    // The flood was real and the limits answered it: dropped events, told why, sockets cut off.
    expect(flood.sent).toBeGreaterThan(5_000);
    expect(flood.errorEvents).toBeGreaterThan(0);
    expect(flood.answered).toBeGreaterThan(0);
    // The calm tenant noticed nothing: never limited, still connected, everything answered promptly.
    for (const tab of [supervisorTab, agentTab]) {
      expect(tab.of('error')).toEqual([]);
      expect(tab.socket.connected).toBe(true);
    }
    // The flooder shares this 2-core machine: a slower round trip is the CPU it takes, not a
    // queue. Hence relative bounds only, with a floor for a fast baseline.
    expect(p95(during.delivery)).toBeLessThan(Math.max(10 * p95(before.delivery), 1_000));
    expect(p95(during.joins)).toBeLessThan(Math.max(10 * p95(before.joins), 1_000));
    supervisorTab.close();
    agentTab.close();
  }, 180_000);
});
