import type { ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import type { Server, Socket } from 'socket.io';
import type { StreamRecord } from '../relays/tenant-stream.js';

/** Between gateway processes through the Redis adapter: a record to deliver (fanout.ts). */
export type InterServerEvents = { 'switchboard:record': (record: StreamRecord) => void };

/** The gateway's Socket.IO, typed by the socket contract: every emit and listener is checked. */
export type GatewayServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;
export type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;
