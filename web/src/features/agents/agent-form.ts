import type { Agent, Role } from '@switchboard/contracts';

export type AgentDraft = {
  username: string;
  email: string;
  fullName: string;
  department: string;
  phone: string;
  role: Role;
  password: string;
};

export const emptyAgentDraft: AgentDraft = {
  username: '',
  email: '',
  fullName: '',
  department: 'Support',
  phone: '',
  role: 'agent',
  password: '',
};

export const draftOf = (agent: Agent): AgentDraft => ({
  ...emptyAgentDraft,
  username: agent.username,
  email: agent.email,
  fullName: agent.fullName,
  department: agent.department,
  phone: agent.phone ?? '',
  role: agent.role,
});

/** POST /api/agents: everything filled in; no phone is left out rather than sent empty. */
export function createBody(draft: AgentDraft) {
  const { phone, ...rest } = draft;
  return phone.trim() ? { ...rest, phone } : rest;
}

/**
 * PUT /api/agents/:id: only what changed, since a supervisor may change some fields and the API
 * refuses the others even when they are unchanged; an emptied phone is removed (null).
 */
export function updateBody(agent: Agent, draft: AgentDraft) {
  const before = draftOf(agent);
  const body: Record<string, string | null> = {};
  for (const key of ['fullName', 'department', 'phone', 'role'] as const)
    if (draft[key] !== before[key]) body[key] = draft[key];
  if (body.phone === '') body.phone = null;
  return body;
}
