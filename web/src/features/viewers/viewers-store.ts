import type { TicketViewer } from '@switchboard/contracts';
import { useSyncExternalStore } from 'react';

/*
 * The latest `ticket_viewers` list of each open ticket, shared by the presence strip (which
 * receives it) and the composer's warning (which only reads it).
 */
const lists = new Map<string, TicketViewer[]>();
const listeners = new Set<() => void>();
const NOBODY: TicketViewer[] = [];

export function setViewers(ticketId: string, viewers: TicketViewer[] | null) {
  if (viewers) lists.set(ticketId, viewers);
  else lists.delete(ticketId);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The others with the ticket open (never the signed-in user, whatever tab they are in). */
export function useOtherViewers(ticketId: string, meId: string): TicketViewer[] {
  const all = useSyncExternalStore(subscribe, () => lists.get(ticketId) ?? NOBODY);
  return all.filter((v) => v.userId !== meId);
}
