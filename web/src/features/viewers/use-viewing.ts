import { useEffect } from 'react';
import { useSocket, useSocketEvent } from '../../realtime/socket-context.js';
import { setViewers } from './viewers-store.js';

/**
 * Tells the gateway this ticket is open (docs/api.md §6 "Who is viewing") while the component is
 * mounted, again after each reconnect (a new server-side socket), and keeps its viewers.
 */
export function useViewing(ticketId: string) {
  const { socket, status, generation } = useSocket();
  const live = status === 'live';
  useSocketEvent('ticket_viewers', (p) => {
    if (p?.ticketId === ticketId) setViewers(ticketId, p.viewers);
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is a new server-side socket: view again
  useEffect(() => {
    if (!socket || !live) return;
    socket.emit('viewing_start', { ticketId });
    return () => {
      socket.emit('viewing_stop', { ticketId });
      // Until the gateway tells the list again, an old one would name people who left meanwhile.
      setViewers(ticketId, null);
    };
  }, [socket, ticketId, live, generation]);
  return live;
}
