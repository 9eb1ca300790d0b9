import type { Priority, TicketStatus } from '@switchboard/contracts';

/*
 * Auto-assignment rules (docs/api.md §4.5), pure: who may be given a ticket, whom to
 * pick, and in which order the queue is served. The database work is in actions/auto-assign.ts.
 */

/** Statuses that count against an agent's capacity: the tickets they are working. */
export const loadStatuses = ['ASSIGNED', 'IN_PROGRESS', 'PENDING'] as const satisfies readonly TicketStatus[];
export const countsAsLoad = (status: TicketStatus): boolean =>
  (loadStatuses as readonly TicketStatus[]).includes(status);

/** Roles that are given tickets automatically. */
export const assignableRoles = ['agent', 'supervisor'] as const;

export const defaultCapacity = 3;

/** What assignment knows of an agent: presence, configuration, and how many open tickets they hold. */
export type AgentState = {
  agentId: string;
  role: string;
  department: string | null;
  isActive: boolean;
  clockedIn: boolean;
  onBreak: boolean;
  onlineStatus: string;
  /** Own capacity; null means the tenant's default. */
  capacity: number | null;
  skills: readonly string[];
  /** Since when the agent has waited for work: ties go to the longest idle. */
  idleSince: Date;
  /** Tickets assigned to the agent in one of `loadStatuses`. */
  load: number;
};

export type AssignmentPolicy = {
  defaultCapacity: number;
  /** Category → the department that handles it; unmapped categories go to anyone. */
  categoryDepartments: Readonly<Record<string, string>>;
};

export type QueuedTicket = { id: string; priority: Priority; category: string | null; createdAt: Date };

/** Categories, departments and skills compare without regard to case or surrounding blanks. */
export const normalise = (label: string): string => label.trim().toLowerCase();

export const capacityOf = (agent: AgentState, policy: AssignmentPolicy): number =>
  agent.capacity ?? policy.defaultCapacity;

/** At work and reachable: active, an agent or supervisor, clocked in, online and not on a break. */
export const isReady = (agent: Omit<AgentState, 'load' | 'capacity' | 'skills' | 'idleSince'>): boolean =>
  agent.isActive &&
  (assignableRoles as readonly string[]).includes(agent.role) &&
  agent.clockedIn &&
  !agent.onBreak &&
  agent.onlineStatus === 'online';

/** Ready and below capacity. */
export const isAvailable = (agent: AgentState, policy: AssignmentPolicy): boolean =>
  isReady(agent) && agent.load < capacityOf(agent, policy);

/** The department the tenant routes `category` to, if it maps it. */
export function departmentFor(category: string | null, policy: AssignmentPolicy): string | undefined {
  if (category === null) return undefined;
  const wanted = normalise(category);
  const entry = Object.entries(policy.categoryDepartments).find(([key]) => normalise(key) === wanted);
  return entry?.[1];
}

/**
 * Whether the ticket's category allows this agent: a mapped category goes to its department or to
 * an agent with that category among their skills; an unmapped one (or none) to anyone.
 */
export function mayTake(agent: AgentState, category: string | null, policy: AssignmentPolicy): boolean {
  const department = departmentFor(category, policy);
  if (department === undefined || category === null) return true;
  if (agent.department !== null && normalise(agent.department) === normalise(department)) return true;
  const wanted = normalise(category);
  return agent.skills.some((skill) => normalise(skill) === wanted);
}

/** Candidate order: least loaded, then longest idle, then agent id (a total order: deterministic). */
export function compareCandidates(a: AgentState, b: AgentState): number {
  return (
    a.load - b.load ||
    a.idleSince.getTime() - b.idleSince.getTime() ||
    (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0)
  );
}

/** The agent to give `ticket` to, if any is available and may take it; `except` is never picked. */
export function pickAgent(
  agents: readonly AgentState[],
  ticket: { category: string | null },
  policy: AssignmentPolicy,
  except?: string | null,
): AgentState | undefined {
  let best: AgentState | undefined;
  for (const agent of agents) {
    if (agent.agentId === except || !isAvailable(agent, policy) || !mayTake(agent, ticket.category, policy))
      continue;
    if (!best || compareCandidates(agent, best) < 0) best = agent;
  }
  return best;
}

const priorityRank: Record<Priority, number> = { urgent: 0, high: 1, medium: 2, low: 3 };

/** Queue order: highest priority first, then oldest, then id. */
export function compareQueue(a: QueuedTicket, b: QueuedTicket): number {
  return (
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The categories (null for none) among `categories` that some available agent may take now. */
export function servableCategories(
  categories: readonly (string | null)[],
  agents: readonly AgentState[],
  policy: AssignmentPolicy,
): (string | null)[] {
  const available = agents.filter((a) => isAvailable(a, policy));
  return categories.filter((c) => available.some((a) => mayTake(a, c, policy)));
}

/** Free slots over all available agents: how many more tickets could be given out now. */
export const freeSlots = (agents: readonly AgentState[], policy: AssignmentPolicy): number =>
  agents.reduce((sum, a) => sum + (isReady(a) ? Math.max(0, capacityOf(a, policy) - a.load) : 0), 0);

export type Assignment = { ticketId: string; agentId: string };

/**
 * Serves `queue` in queue order, each ticket to `pickAgent`, counting what it gives out. Returns
 * the assignments and the agents as they are afterwards; tickets no agent may take stay queued.
 */
export function planAssignments(
  agents: readonly AgentState[],
  queue: readonly QueuedTicket[],
  policy: AssignmentPolicy,
  now: Date,
): { assignments: Assignment[]; agents: AgentState[] } {
  const pool = agents.map((a) => ({ ...a }));
  const assignments: Assignment[] = [];
  for (const ticket of [...queue].sort(compareQueue)) {
    const agent = pickAgent(pool, ticket, policy);
    if (!agent) continue;
    agent.load += 1;
    agent.idleSince = now;
    assignments.push({ ticketId: ticket.id, agentId: agent.agentId });
  }
  return { assignments, agents: pool };
}
