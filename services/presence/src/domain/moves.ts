import type { Activity } from '@switchboard/contracts';

/** What an agent asks of their work session (the POST /api/sessions/* endpoints). */
export type Move = 'clock_in' | 'clock_out' | 'break_start' | 'break_end' | 'on_call_start' | 'on_call_end';

type Rule = { from: readonly Activity[]; to: Activity; refusal: string };

const clockedIn = ['working', 'break', 'on_call'] as const;

const rules: Record<Move, Rule> = {
  clock_in: { from: ['clocked_out'], to: 'working', refusal: 'You are already clocked in' },
  clock_out: { from: clockedIn, to: 'clocked_out', refusal: 'You are not clocked in' },
  break_start: { from: ['working'], to: 'break', refusal: 'A break starts only while working' },
  break_end: { from: ['break'], to: 'working', refusal: 'You are not on a break' },
  on_call_start: { from: ['working'], to: 'on_call', refusal: 'A call starts only while working' },
  on_call_end: { from: ['on_call'], to: 'working', refusal: 'You are not on a call' },
};

export type Plan = { ok: true; to: Activity } | { ok: false; refusal: string };

/** Whether `move` is legal from `current`, and the activity it leads to. */
export function planMove(current: Activity, move: Move): Plan {
  const rule = rules[move];
  if (rule.from.includes(current)) return { ok: true, to: rule.to };
  if (current === 'clocked_out') return { ok: false, refusal: 'You are not clocked in' };
  return { ok: false, refusal: rule.refusal };
}
