import type { MacroAction, Priority, TicketStatus } from '@switchboard/contracts';

export const actionTypes = ['set_status', 'set_priority', 'add_tags', 'assign', 'reply'] as const;
export type ActionType = (typeof actionTypes)[number];

export const firstValue: Record<ActionType, string> = {
  set_status: 'IN_PROGRESS',
  set_priority: 'medium',
  add_tags: '',
  assign: '',
  reply: '',
};

/**
 * A step as the form edits it: every value as typed text (tags comma-separated, '' = unassign);
 * `key` tells steps apart while they are added and removed.
 */
export type StepDraft = { key: string; type: ActionType; value: string };
export type MacroDraft = { name: string; steps: StepDraft[] };

let lastKey = 0;
export const stepDraft = (type: ActionType, value = firstValue[type]): StepDraft => ({
  key: `step-${++lastKey}`,
  type,
  value,
});

export const emptyDraft = (): MacroDraft => ({ name: '', steps: [stepDraft('reply')] });

/** A stored macro as the form shows it. */
export function draftOf(macro: { name: string; actions: MacroAction[] }): MacroDraft {
  const text = (a: MacroAction) =>
    a.type === 'add_tags' ? a.value.join(', ') : a.type === 'assign' ? (a.value ?? '') : a.value;
  return { name: macro.name, steps: macro.actions.map((a) => stepDraft(a.type, text(a))) };
}

const toAction: Record<ActionType, (value: string) => MacroAction> = {
  set_status: (value) => ({ type: 'set_status', value: value as TicketStatus }),
  set_priority: (value) => ({ type: 'set_priority', value: value as Priority }),
  add_tags: (value) => ({
    type: 'add_tags',
    value: value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  }),
  assign: (value) => ({ type: 'assign', value: value || null }),
  reply: (value) => ({ type: 'reply', value }),
};

/** The form's steps as the API takes them (the server checks each value as its single action does). */
export const actionsOf = (steps: Pick<StepDraft, 'type' | 'value'>[]): MacroAction[] =>
  steps.map(({ type, value }) => toAction[type](value));
