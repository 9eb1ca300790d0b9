// biome-ignore-all lint/suspicious/noExplicitAny: socket payloads are whatever JSON the gateway sent; tests read them loosely

import { io, type Socket } from 'socket.io-client';
import { waitFor } from './wait-for.js';

export type Received = { name: string; payload: any };

export type Client = {
  socket: Socket;
  received: Received[];
  /** Received events of `name` (optionally matching), in arrival order. */
  of(name: string, match?: (payload: any) => boolean): any[];
  /** Waits for the first event of `name` matching `match`, and returns its payload. */
  next(name: string, match?: (payload: any) => boolean, timeoutMs?: number): Promise<any>;
  close(): void;
};

type Options = {
  token?: string;
  resume?: { epoch: string; lastSeq: number };
  query?: Record<string, string>;
  headers?: Record<string, string>;
};

/** A browser tab's socket, recording every event it receives. */
export function connect(url: string, options: Options = {}): Client {
  const auth: Record<string, unknown> = {};
  if (options.token) auth.token = options.token;
  if (options.resume) auth.resume = options.resume;
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
    ...(options.query ? { query: options.query } : {}),
    ...(options.headers ? { extraHeaders: options.headers } : {}),
  });
  const received: Received[] = [];
  socket.onAny((name, payload) => received.push({ name, payload }));
  socket.on('disconnect', (reason) => received.push({ name: 'disconnect', payload: reason }));
  const of = (name: string, match: (p: any) => boolean = () => true) =>
    received.filter((r) => r.name === name && match(r.payload)).map((r) => r.payload);
  return {
    socket,
    received,
    of,
    next: (name, match = () => true, timeoutMs = 15_000) =>
      waitFor(`"${name}" on a socket`, () => of(name, match)[0], timeoutMs),
    close: () => socket.close(),
  };
}

/** A connected, authenticated client. */
export async function connectAuthenticated(url: string, options: Options): Promise<Client> {
  const client = connect(url, options);
  await client.next('authenticated');
  return client;
}
