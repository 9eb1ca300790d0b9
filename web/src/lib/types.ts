/* The HTTP contract's objects as the app reads them (SPEC §4). */

export type Role = 'admin' | 'supervisor' | 'agent' | 'viewer';
export type OnlineStatus = 'online' | 'away' | 'busy' | 'offline';
export type Priority = 'low' | 'medium' | 'high' | 'urgent';
export const priorities: Priority[] = ['low', 'medium', 'high', 'urgent'];
export const ticketStatuses = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'PENDING',
  'RESOLUTION_REQUESTED',
  'RESOLVED',
  'CLOSED',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export type User = {
  id: string;
  tenantId: string;
  username: string;
  email: string;
  fullName: string;
  role: Role;
  department: string;
  phone: string | null;
  isActive: boolean;
  onlineStatus: OnlineStatus;
  lastSeen: string | null;
  createdAt: string;
  updatedAt: string;
};

export type Ticket = {
  id: string;
  subject: string;
  description: string;
  priority: Priority;
  category: string | null;
  status: TicketStatus;
  assigneeId: string | null;
  customer: { id: string; name: string; email: string | null; phone: string | null } | null;
  requiresApproval: boolean;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
};

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';
export type Message = {
  id: string;
  ticketId: string;
  authorType: 'agent' | 'customer' | 'system';
  authorId: string | null;
  body: string;
  internal: boolean;
  deliveryStatus: DeliveryStatus;
  createdAt: string;
  /** Client-side: who read it, from `message_read` events and our own receipts. */
  readBy?: string[];
};

export type Page<T> = { data: T[]; meta: { total: number; page: number; limit: number; totalPages: number } };

export type Activity = 'working' | 'break' | 'on_call' | 'clocked_out';
export type Availability = 'available' | 'busy' | 'offline';
export type PresenceEntry = {
  agentId: string;
  onlineStatus: OnlineStatus;
  availability: Availability;
  activity: Activity;
  since: string;
  openTickets: number;
  capacity: number | null;
  connections: number;
};

export type HistoryEntry = {
  id: string;
  actorId: string | null;
  action: string;
  changes: Record<string, unknown> | null;
  at: string;
};

export type Broadcast = {
  id: string;
  senderId: string;
  message: string;
  audience: { type: 'all' | 'role' | 'department' | 'agents'; value: string | string[] | null };
  sentAt: string;
  acknowledgedAt?: string | null;
  recipientCount?: number;
  acknowledgedCount?: number;
};

export type HelpRequest = {
  id: string;
  requesterId: string;
  ticketId: string | null;
  message: string;
  status: 'open' | 'accepted' | 'resolved';
  acceptedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SlaPolicy = {
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnAtPercent?: number;
};

export type SlaBreach = {
  id: string;
  ticketId: string;
  target: 'first_response' | 'next_response' | 'resolution';
  crossedAt: string;
  clockStartedAt: string;
  ticket: Ticket;
};

export type Job = {
  id: string;
  type: string;
  status: 'QUEUED' | 'PROCESSING' | 'COMPLETED' | 'FAILED';
  attempts: number;
  error?: string | null;
  result?: unknown;
  createdAt: string;
  updatedAt: string;
};
