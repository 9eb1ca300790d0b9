/** The assignment profile of one agent (docs/api.md §4.5). */
export type Workload = {
  agentId: string;
  role: string;
  department: string | null;
  capacity: number | null;
  skills: string[];
  readyForWork: boolean;
};

/** What the capacity and skills form holds: text, so a half-typed number stays on screen. */
export type WorkloadDraft = { capacity: string; skills: string };

export const workloadDraft = (w: Workload): WorkloadDraft => ({
  capacity: w.capacity === null ? '' : String(w.capacity),
  skills: w.skills.join(', '),
});

/**
 * PUT /api/assignment/agents/:id. An empty capacity is the tenant's default (null); anything
 * else goes as typed, a number when it reads as one, so the API judges the range. Skills are
 * comma-separated categories.
 */
export function workloadBody(draft: WorkloadDraft) {
  const text = draft.capacity.trim();
  const asNumber = Number(text);
  return {
    capacity: text === '' ? null : Number.isFinite(asNumber) ? asNumber : text,
    skills: draft.skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
