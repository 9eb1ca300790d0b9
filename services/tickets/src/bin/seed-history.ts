import type { Caller } from '@switchboard/auth-verify';
import { atTime } from '@switchboard/clock';
import { and, eq, isNull } from 'drizzle-orm';
import { assignTicket } from '../actions/assign-ticket.js';
import { createCanned, type NewCanned } from '../actions/canned-responses.js';
import { changeTicket } from '../actions/change-ticket.js';
import { submitCsat } from '../actions/csat.js';
import { receiveInbound } from '../actions/inbound.js';
import { postMessage } from '../actions/messages.js';
import { changeBusinessCalendar, createSlaPolicy } from '../actions/sla-settings.js';
import { createTicket } from '../actions/tickets.js';
import { csatSurveys, tickets } from '../data/schema.js';
import type { TicketsDeps } from '../deps.js';
import { scanSla } from '../jobs/sla-scan.js';
import { DEMO_CUSTOMERS, DEMO_DAYS, type DemoTenant, demoScript, type Step } from './demo-script.js';
import { demoTenantOf } from './demo-team.js';

const correlationId = 'seed-history';

const policies = [
  {
    priority: 'urgent',
    firstResponseMinutes: 30,
    nextResponseMinutes: 60,
    resolutionMinutes: 240,
    businessHours: false,
  },
  {
    priority: 'high',
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    resolutionMinutes: 480,
    businessHours: false,
  },
  {
    priority: 'medium',
    firstResponseMinutes: 120,
    nextResponseMinutes: 240,
    resolutionMinutes: 1440,
    businessHours: true,
  },
  {
    priority: 'low',
    firstResponseMinutes: 480,
    nextResponseMinutes: null,
    resolutionMinutes: 2880,
    businessHours: true,
  },
] as const;
/** The demo team's shared replies, inserted from the composer with `/greet` and friends. */
const cannedResponses: NewCanned[] = [
  {
    shortCode: 'greet',
    title: 'Greeting',
    body: 'Hello {{customer.name}}, this is {{agent.name}}. Thanks for contacting us about "{{ticket.subject}}".',
    scope: 'tenant',
  },
  {
    shortCode: 'refund',
    title: 'Refund on its way',
    body: 'Hi {{customer.name}}, we have issued your refund; it reaches your account within 5 business days.',
    scope: 'tenant',
  },
  {
    shortCode: 'bye',
    title: 'Closing',
    body: 'Is there anything else I can help you with, {{customer.name}}? Best regards, {{agent.name}}',
    scope: 'tenant',
  },
];
const workday = [{ start: '08:00', end: '18:00' }];
const calendar = {
  timeZone: 'Europe/Madrid',
  weekly: { 0: [], 1: workday, 2: workday, 3: workday, 4: workday, 5: workday, 6: [] },
  holidays: [],
};

/**
 * Replays the demo tenant's last two weeks through the ticket service's own actions, each step
 * under atTime(its instant), so rows and outbox events carry past times and reporting builds its
 * read models from the real events. The marker is the tenant having tickets: a second run adds nothing.
 */
export async function seedTicketHistory(deps: TicketsDeps, demo: DemoTenant, end = new Date()) {
  const [seen] = await deps.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(eq(tickets.tenantId, demo.tenantId))
    .limit(1);
  if (seen) return { outcome: 'present' as const, steps: 0 };
  const script = demoScript(demo, end);
  const setupAt = new Date(end.getTime() - (DEMO_DAYS + 1) * 86_400_000);
  await atTime(setupAt, async () => {
    for (const policy of policies)
      await createSlaPolicy(deps, demo.tenantId, { ...policy, warnAtPercent: 80 });
    await changeBusinessCalendar(deps, demo.tenantId, calendar);
    const supervisor = callerOf(demo, demo.supervisorId, 'supervisor');
    for (const response of cannedResponses) await createCanned(deps, supervisor, response);
  });
  const ids = new Map<string, string>();
  for (const step of script) await atTime(step.at, () => play(deps, demo, ids, step));
  return { outcome: 'created' as const, steps: script.length };
}

/** The demo tenant's history, once the ticket service knows its team (manage.sh start, embedded mode). */
export async function seedDemoHistory(deps: TicketsDeps, authUrl: string) {
  return seedTicketHistory(deps, await demoTenantOf(deps, authUrl));
}

async function play(deps: TicketsDeps, demo: DemoTenant, ids: Map<string, string>, step: Step) {
  if (step.kind === 'scan') return scanSla(deps.db, step.at);
  const supervisor = callerOf(demo, demo.supervisorId, 'supervisor');
  if (step.kind === 'create') {
    const name = DEMO_CUSTOMERS[step.customer] ?? 'Customer';
    const customer = { name, email: emailOf(name, step.key) };
    const input = { subject: step.subject, description: step.subject, priority: step.priority, customer };
    return ids.set(step.key, (await createTicket(deps, supervisor, input)).id);
  }
  const id = ids.get(step.key) ?? '';
  const assignee = await assigneeOf(deps, demo, id);
  const agent = callerOf(demo, assignee ?? demo.supervisorId, 'agent');
  if (step.kind === 'assign') {
    const by = step.bySupervisor ? supervisor : callerOf(demo, step.agentId, 'agent');
    return assignTicket(deps, by, id, step.agentId);
  }
  if (step.kind === 'move')
    return changeTicket(deps, step.bySupervisor ? supervisor : agent, id, { status: step.to });
  if (step.kind === 'reply' || step.kind === 'note')
    return postMessage(deps, agent, id, { body: step.body, internal: step.kind === 'note' });
  if (step.kind === 'customer') {
    const name = DEMO_CUSTOMERS[step.customer] ?? 'Customer';
    const input = {
      externalId: `demo-${step.key}-${step.at.getTime()}`,
      from: { name, email: emailOf(name, step.key) },
    };
    return receiveInbound(
      deps,
      { tenantId: demo.tenantId, correlationId },
      { ...input, text: step.body, timestamp: step.at.toISOString() },
    );
  }
  if (step.kind !== 'csat') return;
  const token = await surveyOf(deps, id);
  if (token)
    await submitCsat(deps, token, { rating: step.rating, comment: step.comment ?? undefined }, correlationId);
}

const callerOf = (demo: DemoTenant, userId: string, role: Caller['role']): Caller => ({
  userId,
  tenantId: demo.tenantId,
  role,
  correlationId,
});
// One address per ticket: a channel message goes to its sender's open ticket, which must be this one.
const emailOf = (name: string, key: string) =>
  `${name.toLowerCase().replace(/\s+/g, '.')}+${key}@example.com`;

async function assigneeOf(deps: TicketsDeps, demo: DemoTenant, id: string) {
  const [row] = await deps.db
    .select({ assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(and(eq(tickets.tenantId, demo.tenantId), eq(tickets.id, id)));
  return row?.assigneeId ?? null;
}

async function surveyOf(deps: TicketsDeps, ticketId: string) {
  const [row] = await deps.db
    .select({ token: csatSurveys.token })
    .from(csatSurveys)
    .where(and(eq(csatSurveys.ticketId, ticketId), isNull(csatSurveys.answeredAt)));
  return row?.token;
}
