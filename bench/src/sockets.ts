import { io, type Socket } from 'socket.io-client';
import { log } from './machine.js';

/** Loopback source addresses the client sockets are spread over, so ephemeral ports do not run out. */
const SOURCES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 1}`);
const CONNECT_CONCURRENCY = 100;

type ConnectOptions = {
  /** The event that says the socket is ready: `connect` (bare) or `authenticated` (gateway). */
  readyEvent: string;
  token?: string;
  /** Gives up on the remaining sockets after this long; the result says how many made it. */
  timeoutMs: number;
  label: string;
};

/** Opens up to `n` websocket clients, `CONNECT_CONCURRENCY` at a time; returns those that became ready. */
export async function connectMany(url: string, n: number, options: ConnectOptions): Promise<Socket[]> {
  const ready: Socket[] = [];
  let failed = 0;
  let next = 0;
  const deadline = Date.now() + options.timeoutMs;
  const progress = setInterval(
    () => log(`  ${options.label}: ${ready.length}/${n} connected, ${failed} failed`),
    2000,
  );
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const socket = io(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        timeout: 20_000,
        localAddress: SOURCES[i % SOURCES.length],
        ...(options.token ? { auth: { token: options.token } } : {}),
      } as Parameters<typeof io>[1]);
      const fail = () => {
        failed++;
        socket.close();
        resolve();
      };
      const timer = setTimeout(fail, 30_000);
      socket.once(options.readyEvent, () => {
        clearTimeout(timer);
        ready.push(socket);
        resolve();
      });
      socket.once('connect_error', () => {
        clearTimeout(timer);
        fail();
      });
    });
  const worker = async () => {
    while (next < n && Date.now() < deadline) await one(next++);
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  clearInterval(progress);
  log(`  ${options.label}: ${ready.length}/${n} connected, ${failed} failed`);
  return ready;
}

/** Closes sockets and waits a moment for the server to notice. */
export async function closeAll(sockets: Socket[]): Promise<void> {
  for (const socket of sockets) socket.close();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
