import type { Role } from '@switchboard/contracts';

/** Agents work in the portal, everyone else in the console: where a customer or a ticket opens for each. */
export const customersPath = (role: Role) => (role === 'agent' ? '/agent/customers' : '/console/customers');
export const ticketPath = (role: Role, ticketId: string) =>
  role === 'agent' ? `/agent/tickets/${ticketId}` : `/console/queue/${ticketId}`;

/** Whoever works tickets keeps contacts; merging is for supervisors and admins (docs/api.md §4.17). */
export const mayEditCustomers = (role: Role) => role !== 'viewer';
export const mayMergeCustomers = (role: Role) => role === 'supervisor' || role === 'admin';
