import { createContext, type ReactNode, useContext, useEffect, useSyncExternalStore } from 'react';
import { currentSession, onSessionChange, refreshSession, type Session } from '../lib/session.js';
import { refreshDelayMs } from '../lib/token-timing.js';

const SessionContext = createContext<Session | null>(null);

const subscribe = (notify: () => void) => {
  const off = onSessionChange(notify);
  return () => void off();
};

/** The signed-in user, shared by every tab; the access token is renewed ahead of its expiry. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribe, currentSession, () => null);
  const expiresAt = session?.expiresAt;
  const issuedAt = session?.issuedAt;

  useEffect(() => {
    if (expiresAt === undefined || issuedAt === undefined) return;
    const timer = setTimeout(
      () => void refreshSession().catch(() => undefined),
      refreshDelayMs(issuedAt, expiresAt, Date.now()),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, issuedAt]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** The signed-in user; only for screens behind the login. */
export function useMe() {
  const session = useSession();
  if (!session) throw new Error('useMe outside a signed-in screen');
  return session.user;
}
