import type { Agent } from '@switchboard/contracts';
import { needsRefresh } from './token-timing.js';

/** A signed-in user's tokens, shared by every tab through localStorage. */
export type Session = {
  user: Agent;
  accessToken: string;
  refreshToken: string;
  issuedAt: number;
  expiresAt: number;
};

type TokenAnswer = { accessToken: string; refreshToken: string; expiresIn: number; user?: Agent };

const KEY = 'switchboard.session';
const listeners = new Set<(s: Session | null) => void>();
let memory: Session | null = read();

function read(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function write(next: Session | null) {
  memory = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l(next);
}

// Another tab signed in, refreshed or signed out: follow it.
globalThis.addEventListener?.('storage', (e) => {
  if (e.key !== KEY) return;
  memory = read();
  for (const l of listeners) l(memory);
});

export const currentSession = () => memory;
export const onSessionChange = (l: (s: Session | null) => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function storeTokens(answer: TokenAnswer, user: Agent) {
  const now = Date.now();
  write({
    user,
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    issuedAt: now,
    expiresAt: now + answer.expiresIn * 1000,
  });
}

export const clearSession = () => write(null);
export const updateUser = (user: Agent) => memory && write({ ...memory, user });

/** Runs `fn` holding a lock shared by the tabs, where the browser has Web Locks. */
async function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('switchboard.refresh', fn) : fn();
}

let inFlight: Promise<Session | null> | null = null;

/**
 * Rotates the refresh token (docs/auth.md). Tabs take turns under a lock and re-read the
 * shared session first: a tab that finds another already refreshed uses that pair, so one
 * rotated token is never presented twice (which would revoke the whole family).
 */
export function refreshSession(force = false): Promise<Session | null> {
  const before = memory?.refreshToken;
  inFlight ??= exclusively(async () => {
    const stored = read();
    if (!stored) return null;
    // Another tab rotated the pair while we waited for the lock: use it, never rotate it twice.
    const rotatedElsewhere = stored.refreshToken !== before;
    const due = force || needsRefresh(stored.issuedAt, stored.expiresAt, Date.now());
    if (rotatedElsewhere || !due) {
      memory = stored;
      return stored;
    }
    const res = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: stored.refreshToken }),
    });
    if (res.status === 401) {
      write(null);
      return null;
    }
    if (!res.ok) throw new Error(`refresh answered ${res.status}`);
    storeTokens((await res.json()) as TokenAnswer, stored.user);
    return memory;
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

export async function login(input: { email: string; password: string; tenant?: string }) {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...input, tenant: input.tenant || undefined }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) return { ok: false as const, status: res.status, error: body?.error };
  const answer = body as TokenAnswer & { user: Agent };
  storeTokens(answer, answer.user);
  return { ok: true as const, user: answer.user };
}

export async function logout() {
  const refreshToken = memory?.refreshToken;
  write(null);
  if (refreshToken)
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
}
