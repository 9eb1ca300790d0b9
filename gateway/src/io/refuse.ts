import type { Socket } from 'socket.io';

/** Refuses a socket the docs/api.md §6 way: an `error` event, then the disconnect. */
export function refuse(socket: Socket, code: string, message: string): void {
  socket.emit('error', { code, message });
  socket.disconnect(true);
}
