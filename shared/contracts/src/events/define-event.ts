import type { z } from 'zod';

export type EventContract<T extends string = string, S extends z.ZodType = z.ZodType> = {
  readonly type: T;
  readonly version: number;
  readonly schema: S;
};

/** Declares one versioned, past-tense event; the type doubles as the routing key. */
export function defineEvent<T extends string, S extends z.ZodType>(
  type: T,
  version: number,
  schema: S,
): EventContract<T, S> {
  return { type, version, schema } as const;
}
