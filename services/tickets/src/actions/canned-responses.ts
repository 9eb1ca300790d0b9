import type { Caller } from '@switchboard/auth-verify';
import {
  type CannedResponse,
  type CannedScope,
  conflictError,
  notAllowed,
  notFoundError,
  uuidv7,
} from '@switchboard/contracts';
import { isUniqueViolation } from '@switchboard/db';
import { type PlaceholderValues, renderPlaceholders } from '@switchboard/ticket-rules';
import { findAgent } from '../data/agents.repository.js';
import {
  type CannedChange,
  type CannedRow,
  cannedCodeIndexes,
  deleteCanned,
  findCanned,
  insertCanned,
  listCanned,
  updateCanned,
} from '../data/canned-responses.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import type { TicketWithCustomer } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { canSeeCanned, refuseCannedWrite } from '../domain/canned-access.js';
import { readableTicket } from './tickets.js';

const toCanned = (row: CannedRow): CannedResponse => ({
  id: row.id,
  shortCode: row.shortCode,
  title: row.title,
  body: row.body,
  scope: row.ownerId === null ? 'tenant' : 'personal',
  ownerId: row.ownerId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A short code clash within its scope is 409, whichever scope's index caught it. */
async function uniqueOr409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (cannedCodeIndexes.some((index) => isUniqueViolation(err, index)))
      throw conflictError('This short code is already in use', [
        { field: 'shortCode', message: 'is already in use' },
      ]);
    throw err;
  }
}

function refuseWrite(caller: Caller, response: { ownerId: string | null }) {
  const refusal = refuseCannedWrite(caller, response);
  if (refusal) throw notAllowed(refusal);
}

/** A response the caller may see, else 404 (another tenant's, or another agent's personal one). */
async function visibleCanned(tx: Tx, caller: Caller, id: string): Promise<CannedRow> {
  const row = await findCanned(tx, caller.tenantId, id);
  if (!row || !canSeeCanned(caller, row)) throw notFoundError('Canned response');
  return row;
}

export async function cannedList(deps: TicketsDeps, caller: Caller, q?: string) {
  const rows = await listCanned(deps.db, caller.tenantId, caller.userId, q);
  return { data: rows.map(toCanned) };
}

export type NewCanned = { shortCode: string; title: string; body: string; scope: CannedScope };

export async function createCanned(deps: TicketsDeps, caller: Caller, input: NewCanned) {
  const ownerId = input.scope === 'personal' ? caller.userId : null;
  refuseWrite(caller, { ownerId });
  return uniqueOr409(() =>
    deps.db.transaction(async (tx) => {
      const { scope: _, ...fields } = input;
      const response = toCanned(
        await insertCanned(tx, { id: uuidv7(), tenantId: caller.tenantId, ownerId, ...fields }),
      );
      await recordEvent(tx, caller, 'canned_response.created', { ...response, actorId: caller.userId });
      return response;
    }),
  );
}

export async function changeCanned(deps: TicketsDeps, caller: Caller, id: string, change: CannedChange) {
  return uniqueOr409(() =>
    deps.db.transaction(async (tx) => {
      refuseWrite(caller, await visibleCanned(tx, caller, id));
      const response = toCanned(await updateCanned(tx, caller.tenantId, id, change));
      await recordEvent(tx, caller, 'canned_response.updated', { ...response, actorId: caller.userId });
      return response;
    }),
  );
}

export async function removeCanned(deps: TicketsDeps, caller: Caller, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await visibleCanned(tx, caller, id);
    refuseWrite(caller, row);
    await deleteCanned(tx, caller.tenantId, id);
    const { scope, ownerId } = toCanned(row);
    await recordEvent(tx, caller, 'canned_response.deleted', { id, scope, ownerId, actorId: caller.userId });
  });
}

/** What the placeholders of a response mean on this ticket, written by this agent (docs/api.md §4.15). */
async function renderContext(tx: Tx, caller: Caller, found: TicketWithCustomer): Promise<PlaceholderValues> {
  const agent = await findAgent(tx, caller.tenantId, caller.userId);
  const ticket: { subject: string; number?: number | null } = found.ticket;
  return {
    'customer.name': found.customer?.name,
    'customer.email': found.customer?.email,
    'agent.name': agent?.name,
    'ticket.number': ticket.number,
    'ticket.subject': ticket.subject,
  };
}

/** The response's text filled in for this ticket and caller (404 for a response they cannot see). */
export async function renderCannedFor(tx: Tx, caller: Caller, found: TicketWithCustomer, cannedId: string) {
  const row = await visibleCanned(tx, caller, cannedId);
  return renderPlaceholders(row.body, await renderContext(tx, caller, found));
}

/** GET /api/tickets/:id/canned-responses/:cannedId/rendered: the preview the composer inserts to edit. */
export async function renderedCanned(deps: TicketsDeps, caller: Caller, ticketId: string, cannedId: string) {
  const found = await readableTicket(deps.db, caller, ticketId);
  return { cannedResponseId: cannedId, body: await renderCannedFor(deps.db, caller, found, cannedId) };
}
