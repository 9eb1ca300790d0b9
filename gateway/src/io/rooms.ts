import type { Role } from '@switchboard/contracts';

/** Socket.IO room names of docs/api.md §6. Every name but `user:` carries the tenant, so no two tenants share one. */
export const tenantRoom = (tenantId: string) => `tenant:${tenantId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const roleRoom = (tenantId: string, role: Role) => `role:${tenantId}:${role}`;
export const departmentRoom = (tenantId: string, department: string) =>
  `department:${tenantId}:${department}`;

/** Joined on request (`join_ticket`) after the ticket service said the user may read the ticket. */
export const ticketRoom = (ticketId: string) => `ticket:${ticketId}`;

export type Member = { userId: string; tenantId: string; role: Role; department: string | null };

/** The rooms a verified user's socket joins; user ids are UUIDs, unique across tenants. */
export function roomsOf(member: Member): string[] {
  const rooms = [
    tenantRoom(member.tenantId),
    userRoom(member.userId),
    roleRoom(member.tenantId, member.role),
  ];
  if (member.department) rooms.push(departmentRoom(member.tenantId, member.department));
  return rooms;
}
