/** GET/PUT /api/assignment/settings (docs/api.md §4.5). */
export type AssignmentSettings = {
  enabled: boolean;
  defaultCapacity: number;
  reassignAfterMinutes: number | null;
  categoryDepartments: Record<string, string>;
};

export type CategoryRow = { category: string; department: string };

/** The form keeps numbers as typed text and the category map as editable rows. */
export type AssignmentDraft = {
  enabled: boolean;
  defaultCapacity: string;
  reassignAfterMinutes: string;
  rows: CategoryRow[];
};

export const assignmentDraft = (s: AssignmentSettings): AssignmentDraft => ({
  enabled: s.enabled,
  defaultCapacity: String(s.defaultCapacity),
  reassignAfterMinutes: s.reassignAfterMinutes === null ? '' : String(s.reassignAfterMinutes),
  rows: Object.entries(s.categoryDepartments).map(([category, department]) => ({ category, department })),
});

/** A number when the text reads as one; otherwise the text, for the API to name the field. */
const numberOrText = (text: string) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
};

/**
 * The PUT body. An empty reassignment delay turns reassignment off (null); rows left wholly blank
 * are dropped, a half-filled one is sent so the API says what is missing.
 */
export function assignmentBody(draft: AssignmentDraft) {
  const categoryDepartments: Record<string, string> = {};
  for (const { category, department } of draft.rows)
    if (category.trim() || department.trim()) categoryDepartments[category.trim()] = department.trim();
  return {
    enabled: draft.enabled,
    defaultCapacity: numberOrText(draft.defaultCapacity),
    reassignAfterMinutes:
      draft.reassignAfterMinutes.trim() === '' ? null : numberOrText(draft.reassignAfterMinutes),
    categoryDepartments,
  };
}

/** A category typed twice would silently keep one department: the form says so before saving. */
export const repeatedCategories = (rows: CategoryRow[]) => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { category } of rows) {
    const key = category.trim().toLowerCase();
    if (!key) continue;
    if (seen.has(key)) repeated.add(category.trim());
    seen.add(key);
  }
  return [...repeated];
};
