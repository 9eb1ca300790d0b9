import {
  type Client,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  type TenantAdmin,
} from '@switchboard/testing';
import { newTicket } from './api.js';
import { log } from './machine.js';
import { perSecond, round, sleep } from './stats.js';

/** The figure: 50 agents, 10,000 queued tickets (`--quick`: 10 and 1,000). */
export type AssignmentLoad = { agents: number; queued: number };
/** The most open tickets the settings allow per agent: 50 × 100 = 5,000 of the 10,000 get an agent. */
const CAPACITY = 100;

const settings = (enabled: boolean) => ({
  enabled,
  defaultCapacity: CAPACITY,
  reassignAfterMinutes: null,
  categoryDepartments: {},
});

/** Creates `count` tickets from `workers` connections at once, printing progress. */
async function queueTickets(stack: Stack, admin: TenantAdmin, count: number, workers = 20) {
  let next = 0;
  let failed = 0;
  const progress = setInterval(() => log(`  queueing tickets: ${next} of ${count}`), 2000);
  const worker = async () => {
    while (next < count) {
      next++;
      const res = await stack.call('POST', '/api/tickets', { token: admin.token, body: newTicket });
      if (res.status !== 201) failed++;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  clearInterval(progress);
  if (failed > 0) throw new Error(`${failed} ticket creates failed`);
}

const countWithStatus = async (stack: Stack, admin: TenantAdmin, status: string) =>
  Number(
    (await stack.call('GET', `/api/tickets?status=${status}&limit=1`, { token: admin.token })).body.meta
      .total,
  );

/** Agents clocked in with the app open: available to the ticket service once presence says so. */
async function availableAgents(stack: Stack, admin: TenantAdmin, count: number) {
  const tabs: Client[] = [];
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const agent = await createAgent(stack.call, admin);
    const clockIn = await stack.call('POST', '/api/sessions/clock-in', { token: agent.token });
    if (clockIn.status !== 200) throw new Error(`clock-in failed: ${JSON.stringify(clockIn.body)}`);
    tabs.push(await connectAuthenticated(stack.baseUrl, { token: agent.token }));
    ids.push(agent.id);
  }
  return { tabs, ids };
}

/**
 * Waits until the assignment engine sees every agent ready for work (presence → ticket service),
 * so the figure is assignment's own throughput, not a backlog of earlier presence events.
 */
async function untilReady(stack: Stack, admin: TenantAdmin, ids: string[], timeoutMs = 300_000) {
  const started = performance.now();
  let ready = 0;
  while (performance.now() - started < timeoutMs) {
    const answers = await Promise.all(
      ids.map((id) => stack.call('GET', `/api/assignment/agents/${id}`, { token: admin.token })),
    );
    ready = answers.filter((a) => a.body?.readyForWork === true).length;
    if (ready === ids.length) break;
    log(`  agents ready for work (as the ticket service sees them): ${ready} of ${ids.length}`);
    await sleep(2000);
  }
  return { ready, readyAfterSeconds: round((performance.now() - started) / 1000) };
}

/**
 * Auto-assignment throughput: 10,000 tickets queue while assignment is off, 50 agents are
 * available; then assignment is switched on and we time until every agent is at capacity
 * (5,000 ASSIGNED), polling the ticket service.
 */
export async function benchAssignment(stack: Stack, load: AssignmentLoad) {
  // A tenant of its own: the API phase's tickets would otherwise queue too.
  const admin = await signupTenant(stack.call, 'Assignment bench');
  await stack.call('PUT', '/api/assignment/settings', { token: admin.token, body: settings(false) });
  const { tabs, ids } = await availableAgents(stack, admin, load.agents);
  log(`  ${load.agents} agents clocked in and online; queueing ${load.queued} tickets`);
  await queueTickets(stack, admin, load.queued);
  const readiness = await untilReady(stack, admin, ids);
  const target = Math.min(load.agents * CAPACITY, load.queued);
  const started = performance.now();
  const enabled = await stack.call('PUT', '/api/assignment/settings', {
    token: admin.token,
    body: settings(true),
  });
  if (enabled.status !== 200)
    throw new Error(`could not turn assignment on: ${JSON.stringify(enabled.body)}`);
  let assigned = 0;
  while (assigned < target && performance.now() - started < 300_000) {
    await sleep(200);
    assigned = await countWithStatus(stack, admin, 'ASSIGNED');
    log(`  assigned ${assigned} of ${target}`);
  }
  const ms = performance.now() - started;
  if (assigned < target) {
    const problems = (name: 'tickets' | 'presence') =>
      stack[name]
        .output()
        .split('\n')
        .filter((line) => /"level":(40|50)/.test(line))
        .slice(-5);
    log('  not all assigned; last warnings:', problems('tickets'), problems('presence'));
  }
  for (const tab of tabs) tab.close();
  return {
    agents: load.agents,
    queued: load.queued,
    capacityPerAgent: CAPACITY,
    ...readiness,
    assigned,
    stillQueued: await countWithStatus(stack, admin, 'NEW'),
    seconds: round(ms / 1000),
    assignmentsPerSec: perSecond(assigned, ms),
  };
}
