import type { Envelope } from '@switchboard/contracts';
import { type Reply, repliesOf } from './responses.js';
import { type MessageFact, ticketInputsOf } from './ticket-inputs.js';
import { type Cycle, cyclesOf, type Span, spansOf } from './ticket-timeline.js';

export type TicketFacts = {
  number: number | null;
  status: string;
  assigneeId: string | null;
  priority: string;
  category: string | null;
  tags: string[];
  customerName: string | null;
  channel: 'inbound' | 'staff';
  requiresApproval: boolean;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponderId: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  resolutions: number;
  reopens: number;
  approvalWaitSeconds: number;
  csatRating: number | null;
  breachedFirstResponse: boolean;
  breachedNextResponse: boolean;
  breachedResolution: boolean;
};

/** Everything reporting keeps about one ticket; `facts` is null until one of its own events arrived. */
export type TicketProjection = {
  facts: TicketFacts | null;
  spans: Span[];
  cycles: Cycle[];
  replies: Reply[];
  messages: MessageFact[];
};

const dateOrNull = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * Projects one ticket from its stored events (ticket.*, message.created, csat.submitted,
 * sla.breached). Pure and independent of arrival order: the same events give the same projection.
 */
export function projectTicket(events: readonly Envelope[]): TicketProjection {
  const inputs = ticketInputsOf(events);
  const latest = inputs.states.at(-1)?.ticket;
  const createdAt = latest ? new Date(latest.createdAt) : null;
  const replies = repliesOf(createdAt, inputs.messages);
  if (!latest || !createdAt)
    return { facts: null, spans: [], cycles: [], replies, messages: inputs.messages };
  const spans = spansOf(inputs.states);
  const { cycles, reopens } = cyclesOf(createdAt, spans, inputs.breaches, inputs.answers);
  const first = replies.find((r) => r.kind === 'first');
  const breached = (target: string) => inputs.breaches.some((b) => b.target === target);
  const facts: TicketFacts = {
    number: latest.number ?? null,
    status: latest.status,
    assigneeId: latest.assigneeId,
    priority: latest.priority,
    category: latest.category,
    tags: latest.tags,
    customerName: latest.customer?.name ?? null,
    channel: latest.createdBy === null ? 'inbound' : 'staff',
    requiresApproval: latest.requiresApproval,
    createdAt,
    firstResponseAt: first?.repliedAt ?? null,
    firstResponderId: first?.agentId ?? null,
    resolvedAt: dateOrNull(latest.resolvedAt),
    closedAt: dateOrNull(latest.closedAt),
    resolutions: cycles.length,
    reopens,
    // Cumulative on the ticket, so the largest value seen is the latest.
    approvalWaitSeconds: Math.max(...inputs.states.map((s) => s.ticket.approvalWaitSeconds)),
    csatRating: inputs.answers.at(-1)?.rating ?? null,
    breachedFirstResponse: breached('first_response'),
    breachedNextResponse: breached('next_response'),
    breachedResolution: breached('resolution'),
  };
  return { facts, spans, cycles, replies, messages: inputs.messages };
}
