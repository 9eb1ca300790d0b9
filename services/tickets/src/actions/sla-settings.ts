import { invalidInput, notFoundError } from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { toTicket } from '../data/rows.js';
import {
  findCalendar,
  listBreaches,
  listPolicies,
  type SlaPolicyRow,
  saveCalendar,
  savePolicy,
} from '../data/sla.repository.js';
import type { TicketsDeps } from '../deps.js';
import { type BusinessCalendar, calendarProblems } from '../domain/sla/business-calendar.js';

type Policy = Omit<Parameters<typeof savePolicy>[1], 'tenantId'>;

const toPolicy = (row: SlaPolicyRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export async function slaPolicies(deps: TicketsDeps, tenantId: string) {
  return { data: (await listPolicies(deps.db, tenantId)).map(toPolicy) };
}

export async function createSlaPolicy(deps: TicketsDeps, tenantId: string, policy: Policy) {
  return toPolicy(await savePolicy(deps.db, { tenantId, ...policy }));
}

/** Replaces the policy of an existing priority; 404 when the tenant has none for it. */
export async function replaceSlaPolicy(deps: TicketsDeps, tenantId: string, policy: Policy) {
  const existing = (await listPolicies(deps.db, tenantId)).find((p) => p.priority === policy.priority);
  if (!existing) throw notFoundError(`SLA policy for ${policy.priority}`);
  return toPolicy(await savePolicy(deps.db, { tenantId, ...policy }));
}

export async function businessCalendar(deps: TicketsDeps, tenantId: string) {
  const calendar = await findCalendar(deps.db, tenantId);
  if (!calendar) throw notFoundError('Business calendar');
  return calendar;
}

/** Saves a calendar whose days and holidays make sense; 400 naming what does not. */
export async function changeBusinessCalendar(
  deps: TicketsDeps,
  tenantId: string,
  calendar: BusinessCalendar,
) {
  const problems = calendarProblems(calendar);
  if (problems.length > 0) throw invalidInput(problems.map((message) => ({ field: 'body', message })));
  await saveCalendar(deps.db, tenantId, calendar);
  return calendar;
}

/** A page of the tenant's SLA breaches within the last `hours`. */
export async function slaBreaches(deps: TicketsDeps, tenantId: string, hours: number, page: Pagination) {
  const { rows, total } = await listBreaches(deps.db, tenantId, hours, page.limit, offsetOf(page));
  const data = rows.map(({ breach, ticket }) => ({
    id: breach.id,
    ticketId: breach.ticketId,
    target: breach.target,
    crossedAt: breach.crossedAt.toISOString(),
    clockStartedAt: breach.clockStartedAt.toISOString(),
    ticket: toTicket(ticket, null),
  }));
  return toPage(data, total, page);
}
