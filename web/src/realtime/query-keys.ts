/** TanStack Query keys, in one place so socket events and screens agree. */
export const keys = {
  tickets: ['tickets'] as const,
  ticketList: (filters: object) => ['tickets', filters] as const,
  ticket: (id: string) => ['ticket', id] as const,
  messages: (id: string) => ['messages', id] as const,
  history: (id: string) => ['history', id] as const,
  /** The tenant's tags with their counts (GET /api/tags), for suggestions and the list filter. */
  tags: ['tags'] as const,
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
  /** AI assist: one ticket's classification and draft (GET /api/tickets/:id/ai). */
  ai: ['ai'] as const,
  ticketAi: (id: string) => ['ai', 'ticket', id] as const,
  /** The latest classification of a list's tickets (GET /api/ai/tickets?ids=…), by the ids asked for. */
  aiSentiments: ['ai', 'tickets'] as const,
  aiSentimentsOf: (ids: readonly string[]) => ['ai', 'tickets', ids] as const,
  /** Tickets the AI is reading right now, and drafts this tab put aside: the tab's own, never fetched. */
  aiProcessing: ['ai-local', 'processing'] as const,
  aiDismissed: ['ai-local', 'dismissed'] as const,
  aiSettings: ['settings', 'ai'] as const,
  /** The caller's notification inbox (GET /api/notifications). */
  inbox: ['notifications'] as const,
};
