import type { Caller } from '@switchboard/auth-verify';
import { now as clockNow } from '@switchboard/clock';
import { conflictError, notFoundError, uuidv7 } from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { recordEvent } from '../data/events.js';
import {
  type HelpRequestRow,
  type HelpStatus,
  insertHelpRequest,
  listHelpRequests as listRows,
  lockHelpRequest,
  saveHelpRequest,
} from '../data/help-requests.repository.js';
import { tenantOfTicket } from '../data/tickets.repository.js';
import type { PresenceDeps } from '../deps.js';

const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'supervisor';

const viewOf = (r: HelpRequestRow) => ({
  id: r.id,
  requesterId: r.requesterId,
  ticketId: r.ticketId,
  message: r.message,
  status: r.status,
  acceptedBy: r.acceptedBy,
  acceptedAt: r.acceptedAt?.toISOString() ?? null,
  resolvedBy: r.resolvedBy,
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** POST /api/help-requests: the caller asks the tenant's supervisors for help. */
export async function requestHelp(
  deps: PresenceDeps,
  caller: Caller,
  input: { ticketId?: string | null | undefined; message: string },
) {
  return deps.db.transaction(async (tx) => {
    // Only a ticket presence knows in the caller's tenant: an unknown one and another tenant's
    // answer alike (docs/api.md §2: 404), so the answer tells nothing about other tenants' tickets.
    if (input.ticketId && (await tenantOfTicket(tx, input.ticketId)) !== caller.tenantId)
      throw notFoundError('Ticket');
    const now = clockNow();
    const row: HelpRequestRow = {
      id: uuidv7(),
      tenantId: caller.tenantId,
      requesterId: caller.userId,
      ticketId: input.ticketId ?? null,
      message: input.message,
      status: 'open',
      acceptedBy: null,
      acceptedAt: null,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertHelpRequest(tx, row);
    await recordEvent(tx, caller, 'help.requested', {
      helpRequestId: row.id,
      requesterId: row.requesterId,
      ticketId: row.ticketId,
      message: row.message,
      requestedAt: now.toISOString(),
    });
    return viewOf(row);
  });
}

/** GET /api/help-requests: staff see the tenant's, anyone else their own. */
export async function listHelpRequests(
  deps: PresenceDeps,
  caller: Caller,
  query: Pagination & { status?: HelpStatus | undefined },
) {
  const filter = { status: query.status, requesterId: isStaff(caller) ? undefined : caller.userId };
  const { rows, total } = await listRows(deps.db, caller.tenantId, filter, {
    limit: query.limit,
    offset: offsetOf(query),
  });
  return toPage(rows.map(viewOf), total, query);
}

/**
 * POST /api/help-requests/:id/accept|resolve. A supervisor or admin accepts an open request; the
 * requester or staff resolve an open or accepted one. Any other move is a 409; a request the caller
 * may not see is a 404.
 */
export async function moveHelpRequest(
  deps: PresenceDeps,
  caller: Caller,
  id: string,
  to: 'accepted' | 'resolved',
) {
  return deps.db.transaction(async (tx) => {
    const current = await lockHelpRequest(tx, caller.tenantId, id);
    if (!current || (!isStaff(caller) && current.requesterId !== caller.userId))
      throw notFoundError('Help request');
    const from: HelpStatus[] = to === 'accepted' ? ['open'] : ['open', 'accepted'];
    if (!from.includes(current.status)) {
      throw conflictError(`A help request that is ${current.status} cannot be ${to}`);
    }
    const at = clockNow();
    const row = await saveHelpRequest(
      tx,
      current.id,
      to === 'accepted'
        ? { status: to, acceptedBy: caller.userId, acceptedAt: at, updatedAt: at }
        : { status: to, resolvedBy: caller.userId, resolvedAt: at, updatedAt: at },
    );
    await recordEvent(tx, caller, 'help.updated', {
      helpRequestId: row.id,
      requesterId: row.requesterId,
      status: to,
      actorId: caller.userId,
      ticketId: row.ticketId,
      at: at.toISOString(),
    });
    return viewOf(row);
  });
}
