/** TanStack Query keys, in one place so socket events and screens agree. */
export const keys = {
  tickets: ['tickets'] as const,
  ticketList: (filters: object) => ['tickets', filters] as const,
  ticket: (id: string) => ['ticket', id] as const,
  messages: (id: string) => ['messages', id] as const,
  history: (id: string) => ['history', id] as const,
  /** Replies this tab is still sending (or failed to send): the browser's own, never fetched. */
  pendingReplies: (id: string) => ['pending-replies', id] as const,
  presence: ['presence'] as const,
  agents: ['agents'] as const,
  directory: ['agents', 'directory'] as const,
  broadcasts: ['broadcasts'] as const,
  help: ['help-requests'] as const,
  breaches: ['sla', 'breaches'] as const,
  slaMarks: ['sla', 'marks'] as const,
  policies: ['sla', 'policies'] as const,
  reports: ['reports'] as const,
  jobs: ['jobs'] as const,
};
