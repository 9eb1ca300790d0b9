/**
 * What a service holds besides its drizzle handle, whichever store is behind it: a health probe,
 * dedicated sessions (the outbox relay's lock and LISTEN) and the end of it all.
 */
export type DbPool = {
  /** One statement, for health checks. */
  query(sql: string): Promise<unknown>;
  /** A session of its own, held until released: session locks and LISTEN live on it. */
  session(): Promise<DbSession>;
  end(): Promise<void>;
};

export type DbSession = {
  query<R extends Record<string, unknown>>(sql: string): Promise<{ rows: R[] }>;
  /** Called on every NOTIFY this session LISTENs to. */
  onNotification(listener: () => void): void;
  /** Called when the session's connection fails; the session is unusable afterwards. */
  onError(listener: (err: unknown) => void): void;
  /** Gives the session back; `destroy` when its state is unknown (it is not reused). */
  release(destroy?: boolean): void;
};
