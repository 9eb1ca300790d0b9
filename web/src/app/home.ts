import type { Role } from '@switchboard/contracts';

/** Where each role lands: agents in the portal, everyone else in the console (viewers read-only). */
export const homeOf = (role: Role) => (role === 'agent' ? '/agent' : '/console/board');
