import { z } from 'zod';
import { defineEvent } from './define-event.js';

const socketSession = z.object({
  userId: z.uuid().describe('The authenticated user of the socket'),
  socketId: z.string().describe('Socket.IO id, unique per connection'),
  gatewayId: z.string().describe('The gateway process holding the socket'),
  ip: z.string().nullable().describe('Client address as the gateway saw it'),
  userAgent: z.string().nullable(),
});

/** A user's browser tab connected and authenticated (presence counts tabs from these). */
export const SocketConnected = defineEvent(
  'socket.connected',
  1,
  socketSession.extend({ connectedAt: z.string().describe('ISO time of authentication') }),
);

export const SocketDisconnected = defineEvent(
  'socket.disconnected',
  1,
  socketSession.extend({
    disconnectedAt: z.string(),
    reason: z.string().describe('Socket.IO disconnect reason, e.g. "transport close"'),
  }),
);
