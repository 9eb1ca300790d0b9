import type { Role } from '@switchboard/contracts';

/** The caller of an action: a verified user, with the request's correlation id for the events it causes. */
export type Caller = { userId: string; tenantId: string; role: Role; correlationId: string };
