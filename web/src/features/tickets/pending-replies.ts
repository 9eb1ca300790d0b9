/*
 * Replies on their way: shown in the thread at once (greyed, "Sending…") while the request is
 * queued (TanStack Query holds it while the browser is offline) or in flight, then replaced by
 * the stored message; a failed one stays, marked, until it is sent again.
 */

export type Reply = { clientId: string; body: string; internal: boolean; attachmentIds?: string[] };
export type PendingReply = Reply & { state: 'sending' | 'failed' };

/** A reply starts (or starts again, on Retry) sending, in the place it was first written. */
export function sendingReply(list: PendingReply[] | undefined, reply: Reply): PendingReply[] {
  const current = list ?? [];
  const next: PendingReply = { ...reply, state: 'sending' };
  return current.some((r) => r.clientId === reply.clientId)
    ? current.map((r) => (r.clientId === reply.clientId ? next : r))
    : [...current, next];
}

/** The server refused or never answered: the reply waits for a retry. */
export const failedReply = (list: PendingReply[] | undefined, clientId: string): PendingReply[] =>
  (list ?? []).map((r) => (r.clientId === clientId ? { ...r, state: 'failed' } : r));

/** The server stored it: the thread shows the real message instead. */
export const sentReply = (list: PendingReply[] | undefined, clientId: string): PendingReply[] =>
  (list ?? []).filter((r) => r.clientId !== clientId);
