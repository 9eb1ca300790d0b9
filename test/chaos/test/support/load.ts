import { createHmac } from 'node:crypto';
import type { Answer, Edge } from './http.js';
import type { Ledger } from './ledger.js';
import type { LoadTenant, Worker } from './load-tenants.js';

export type LoadPlan = {
  phase: string;
  ticketsPerTenant: number;
  /** Tickets worked at once per tenant. */
  workersPerTenant: number;
  /** Pause between an agent's break moves, and between an admin's renames, while tickets are worked. */
  breakPauseMs: number;
  renamePauseMs: number;
  /** No ticket is opened after this long, so a fault that never heals cannot hold the run forever. */
  maxMs: number;
};

type Ctx = { edge: Edge; ledger: Ledger; plan: LoadPlan; working: () => boolean };

/**
 * One phase of contact-center traffic: tickets opened by agents or by customers through the
 * channel, assigned, worked with agent and customer messages through PENDING to a resolution the
 * supervisor approves; meanwhile agents take breaks and admins rename agents. Each ticket's writes go one after another (a ticket's
 * order is checked), tickets and tenants concurrently. A ticket whose write is not acknowledged is
 * left there: its state is unknown, and a client would not go on blindly either.
 */
export async function runLoad(edge: Edge, ledger: Ledger, tenants: LoadTenant[], plan: LoadPlan) {
  let working = true;
  const ctx = { edge, ledger, plan, working: () => working };
  const tickets = Promise.all(tenants.flatMap((tenant) => workers(ctx, tenant))).finally(() => {
    working = false;
  });
  await Promise.all([
    tickets,
    ...tenants.flatMap((tenant) => [
      ...tenant.agents.map((agent) => takeBreaks(ctx, tenant, agent)),
      renameAgents(ctx, tenant),
    ]),
  ]);
}

/**
 * Workers open tickets until the tenant's quota of opened tickets is reached; while a fault
 * refuses them they retry every half second, as an impatient client would, with a new ticket.
 */
function workers(ctx: Ctx, tenant: LoadTenant): Promise<void>[] {
  let tried = 0;
  let opened = 0;
  const deadline = Date.now() + ctx.plan.maxMs;
  const work = async () => {
    while (opened < ctx.plan.ticketsPerTenant && Date.now() < deadline) {
      const n = tried++;
      const tag = `cx-${ctx.plan.phase}-${tenant.index}-${n}`;
      const agent = tenant.agents[n % tenant.agents.length] as Worker;
      const outcome = await workTicket(ctx, tenant, agent, tag, n % 2 === 0);
      if (outcome !== 'not opened') opened++;
      if (outcome !== 'done') await pause(500);
    }
  };
  return Array.from({ length: ctx.plan.workersPerTenant }, work);
}

type Step = [kind: string, keys: string[], write: () => Promise<Answer>];

async function workTicket(ctx: Ctx, tenant: LoadTenant, agent: Worker, tag: string, viaChannel: boolean) {
  const { edge } = ctx;
  const note = (kind: string, keys: string[], answer: Answer) => {
    const { phase } = ctx.plan;
    ctx.ledger.record({ phase, tenant: tenant.index, kind, outcome: answer.outcome, keys, ticket: tag });
    return answer.outcome === 'acked';
  };
  const opened = viaChannel
    ? await customerWrites(edge, tenant, tag, `${tag}-c0`)
    : await edge.send('POST', '/api/tickets', {
        token: tenant.admin.token,
        body: { subject: tag, priority: 'medium', customer: { name: tag, email: `${tag}@example.com` } },
      });
  const openedKeys = viaChannel ? [`t:${tag}:created`, `m:${tag}-c0`] : [`t:${tag}:created`];
  if (!note(viaChannel ? 'ticket.inbound' : 'ticket.create', openedKeys, opened)) return 'not opened';
  const path = `/api/tickets/${opened.body.ticketId ?? opened.body.id}`;
  const status = (to: string, by: Worker = agent): Step => [
    'ticket.status',
    [`t:${tag}:status:${to}`],
    () => edge.send('PATCH', path, { token: by.token, body: { status: to } }),
  ];
  const reply = (n: number): Step => [
    'message.agent',
    [`m:${tag}-a${n}`],
    () => edge.send('POST', `${path}/messages`, { token: agent.token, body: { body: `${tag}-a${n}` } }),
  ];
  const steps: Step[] = [
    [
      'ticket.assign',
      [`t:${tag}:assigned`, `t:${tag}:status:ASSIGNED`],
      () => edge.send('POST', `${path}/assign`, { token: tenant.admin.token, body: { agentId: agent.id } }),
    ],
    status('IN_PROGRESS'),
    reply(1),
    ['message.customer', [`m:${tag}-c2`], () => customerWrites(edge, tenant, tag, `${tag}-c2`)],
    reply(3),
    status('PENDING'),
    status('IN_PROGRESS'),
    status('RESOLUTION_REQUESTED'),
    status('RESOLVED', tenant.admin), // the supervisor's approval
  ];
  for (const [kind, keys, write] of steps) if (!note(kind, keys, await write())) return 'cut short';
  return 'done';
}

/** A customer's message as the messaging provider delivers it: signed, with its own id. */
function customerWrites(edge: Edge, tenant: LoadTenant, tag: string, text: string) {
  const raw = JSON.stringify({
    externalId: text,
    from: { name: tag, email: `${tag}@example.com` },
    text,
    timestamp: new Date().toISOString(),
  });
  const signature = `sha256=${createHmac('sha256', tenant.channelSecret).update(raw).digest('hex')}`;
  return edge.send('POST', `/api/channels/inbound/${tenant.tenantId}`, {
    raw,
    headers: { 'x-signature': signature },
  });
}

async function takeBreaks(ctx: Ctx, tenant: LoadTenant, agent: Worker) {
  for (let i = 0; ctx.working(); i++) {
    const reason = `cx-${ctx.plan.phase}-${tenant.index}-${agent.id.slice(0, 8)}-b${i}`;
    const started = await ctx.edge.send('POST', '/api/sessions/break/start', {
      token: agent.token,
      body: { reason },
    });
    ctx.ledger.record({
      phase: ctx.plan.phase,
      tenant: tenant.index,
      kind: 'session.break_start',
      outcome: started.outcome,
      keys: [`b:${reason}`],
    });
    await pause(ctx.plan.breakPauseMs);
    const ended = await ctx.edge.send('POST', '/api/sessions/break/end', { token: agent.token });
    const keys = [`a:${agent.id}:break_ended`];
    ctx.ledger.record({
      phase: ctx.plan.phase,
      tenant: tenant.index,
      kind: 'session.break_end',
      outcome: ended.outcome,
      keys,
    });
    await pause(ctx.plan.breakPauseMs);
  }
}

async function renameAgents(ctx: Ctx, tenant: LoadTenant) {
  for (let i = 0; ctx.working(); i++) {
    const agent = tenant.agents[i % tenant.agents.length] as Worker;
    const fullName = `cx-${ctx.plan.phase}-${tenant.index}-r${i}`;
    const answer = await ctx.edge.send('PUT', `/api/agents/${agent.id}`, {
      token: tenant.admin.token,
      body: { fullName },
    });
    const keys = [`u:${agent.id}:${fullName}`];
    ctx.ledger.record({
      phase: ctx.plan.phase,
      tenant: tenant.index,
      kind: 'agent.rename',
      outcome: answer.outcome,
      keys,
    });
    await pause(ctx.plan.renamePauseMs);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
