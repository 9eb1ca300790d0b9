import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { conflictError, notFoundError, uuidv7 } from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  findHelpRequest,
  type HelpMessageRow,
  insertHelpMessage,
  listHelpMessages,
} from '../data/help-messages.repository.js';
import type { PresenceDeps } from '../deps.js';

const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'supervisor';

const viewOf = (m: HelpMessageRow) => ({
  id: m.id,
  helpRequestId: m.helpRequestId,
  authorId: m.authorId,
  body: m.body,
  createdAt: m.createdAt.toISOString(),
});

/** The thread's request, if the caller takes part in it: the asker or staff. 404 otherwise. */
async function threadOf(tx: Tx, caller: Caller, id: string) {
  const request = await findHelpRequest(tx, caller.tenantId, id);
  if (!request || (!isStaff(caller) && request.requesterId !== caller.userId))
    throw notFoundError('Help request');
  return request;
}

/** GET /api/help-requests/:id/messages: the thread, oldest first. */
export async function helpThread(deps: PresenceDeps, caller: Caller, id: string, page: Pagination) {
  await threadOf(deps.db, caller, id);
  const { rows, total } = await listHelpMessages(deps.db, caller.tenantId, id, {
    limit: page.limit,
    offset: offsetOf(page),
  });
  return toPage(rows.map(viewOf), total, page);
}

/**
 * POST /api/help-requests/:id/messages: the asker or a supervisor writes in the thread; both sides
 * hear it live (help.message_posted). A resolved request's thread is closed (409).
 */
export async function postHelpMessage(deps: PresenceDeps, caller: Caller, id: string, body: string) {
  return deps.db.transaction(async (tx) => {
    const request = await threadOf(tx, caller, id);
    if (request.status === 'resolved')
      throw conflictError('The help request is resolved; its thread is closed');
    const row: HelpMessageRow = {
      id: uuidv7(),
      tenantId: caller.tenantId,
      helpRequestId: request.id,
      authorId: caller.userId,
      body,
      createdAt: now(),
    };
    await insertHelpMessage(tx, row);
    const view = viewOf(row);
    await recordEvent(tx, caller, 'help.message_posted', {
      helpRequestId: request.id,
      requesterId: request.requesterId,
      messageId: view.id,
      authorId: view.authorId,
      body: view.body,
      postedAt: view.createdAt,
    });
    return view;
  });
}
