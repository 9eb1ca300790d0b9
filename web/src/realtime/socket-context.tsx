import type {
  ClientToServerEvents,
  HandshakeAuth,
  ServerEventName,
  ServerToClientEvents,
} from '@switchboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useSession } from '../app/auth-context.js';
import { currentSession, refreshSession } from '../lib/session.js';
import { createStreamPosition } from '../lib/stream-position.js';
import { needsRefresh } from '../lib/token-timing.js';
import { applyEvent } from './apply-event.js';
import type { ConnectionStatus } from './connection-status.js';
import { connectionEvents, roomEvents } from './server-events.js';

/** A tab's socket, typed by the socket contract (@switchboard/contracts, types only). */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type SocketState = {
  socket: ClientSocket | null;
  status: ConnectionStatus;
  /** Increments at every (re)authentication: ticket rooms are joined again then. */
  generation: number;
};

const SocketContext = createContext<SocketState>({ socket: null, status: 'connecting', generation: 0 });
/** Events outside the tenant's stream: they carry no seq and feed no cache. */
const outsideStream = new Set<string>([...connectionEvents, ...roomEvents]);
const backoff = (attempt: number) => Math.min(10_000, 1_000 * 2 ** attempt) * (0.5 + Math.random() / 2);

/**
 * One socket per tab (docs/web.md). Events feed the query caches; the last seq/epoch is sent as
 * `resume` on every reconnect, and everything is refetched when the gap cannot be replayed.
 */
export function SocketProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const userId = useSession()?.user.id;
  const [state, setState] = useState<SocketState>({ socket: null, status: 'connecting', generation: 0 });
  const generation = useRef(0);

  useEffect(() => {
    if (!userId) return;
    const position = createStreamPosition();
    let resuming = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let refuseCode = '';
    const socket: ClientSocket = io({
      path: '/socket.io',
      transports: ['websocket'],
      autoConnect: false,
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 10_000,
      auth: (cb) => {
        const resume = position.current();
        resuming = resume !== null;
        const auth: HandshakeAuth = { token: currentSession()?.accessToken, ...(resume ? { resume } : {}) };
        cb(auth);
      },
    });
    const set = (status: ConnectionStatus) => setState((s) => ({ ...s, socket, status }));
    const goLive = () => {
      attempt = 0;
      generation.current += 1;
      setState({ socket, status: 'live', generation: generation.current });
    };

    /** A fresh token first (the gateway refuses an expired one), then connect. */
    const connect = async () => {
      const s = currentSession();
      if (s && (refuseCode === 'UNAUTHENTICATED' || needsRefresh(s.issuedAt, s.expiresAt, Date.now())))
        await refreshSession(refuseCode === 'UNAUTHENTICATED').catch(() => undefined);
      refuseCode = '';
      if (currentSession() && navigator.onLine !== false) socket.connect();
    };
    const reconnectLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => void connect(), backoff(attempt++));
    };

    socket.on('authenticated', (head) => {
      position.onAuthenticated(head ?? {});
      if (!resuming) goLive();
    });
    socket.on('resumed', (answer) => {
      if (!answer?.recovered) {
        position.onUnrecoverable(answer ?? {});
        void qc.invalidateQueries();
      }
      goLive();
    });
    socket.on('error', (err) => {
      refuseCode = err?.code ?? '';
    });
    socket.onAny((name: string, payload: { epoch?: string; seq?: number }) => {
      if (outsideStream.has(name)) return;
      const verdict = position.onEvent(payload ?? {});
      if (verdict === 'duplicate') return;
      if (verdict === 'epoch-changed') void qc.invalidateQueries();
      applyEvent(qc, name, payload);
    });
    socket.on('connect_error', () => set('reconnecting'));
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      set('reconnecting');
      // The manager reconnects by itself, except after the server closed the socket.
      if (reason === 'io server disconnect') reconnectLater();
    });
    // The browser knows first when the network is gone; resume as soon as it is back.
    const offline = () => {
      socket.disconnect();
      set('reconnecting');
    };
    const online = () => void connect();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    setState({ socket, status: 'connecting', generation: generation.current });
    void connect();
    return () => {
      clearTimeout(retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [userId, qc]);

  return <SocketContext.Provider value={state}>{children}</SocketContext.Provider>;
}

export const useSocket = () => useContext(SocketContext);

/** Listens to one server event while the component is mounted. */
export function useSocketEvent<N extends ServerEventName>(name: N, handler: ServerToClientEvents[N]) {
  const { socket } = useSocket();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!socket) return;
    // Socket.IO's listener types cannot follow a generic name; the signature above checks callers.
    const events = socket as unknown as Socket;
    const listener = (payload: unknown) => (latest.current as (p: unknown) => void)(payload);
    events.on(name as string, listener);
    return () => void events.off(name as string, listener);
  }, [socket, name]);
}

/**
 * Joins a ticket's room (typing indicators) for as long as it is open, again after each
 * reconnect; true once the gateway has let this socket in.
 */
export function useTicketRoom(ticketId: string | undefined): boolean {
  const { socket, status, generation } = useSocket();
  const live = status === 'live';
  const key = `${ticketId}:${generation}`;
  const [joined, setJoined] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is a new server-side socket: join again
  useEffect(() => {
    if (!socket || !ticketId || !live) return;
    socket.emit('join_ticket', ticketId, (answer) => answer?.ok && setJoined(key));
    return () => {
      setJoined(null);
      socket.emit('leave_ticket', ticketId);
    };
  }, [socket, ticketId, live, generation]);
  return live && joined === key;
}
