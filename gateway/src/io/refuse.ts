import type { SocketErrorCode } from '@switchboard/contracts';
import type { GatewaySocket } from './socket-types.js';

/** Refuses a socket the docs/api.md §6 way: an `error` event, then the disconnect. */
export function refuse(socket: GatewaySocket, code: SocketErrorCode, message: string): void {
  socket.emit('error', { code, message });
  socket.disconnect(true);
}
