import { describe, expect, it } from 'vitest';
import { planMove } from './moves.js';

describe('planMove', () => {
  it('follows a working day', () => {
    expect(planMove('clocked_out', 'clock_in')).toEqual({ ok: true, to: 'working' });
    expect(planMove('working', 'break_start')).toEqual({ ok: true, to: 'break' });
    expect(planMove('break', 'break_end')).toEqual({ ok: true, to: 'working' });
    expect(planMove('working', 'on_call_start')).toEqual({ ok: true, to: 'on_call' });
    expect(planMove('on_call', 'on_call_end')).toEqual({ ok: true, to: 'working' });
    expect(planMove('break', 'clock_out')).toEqual({ ok: true, to: 'clocked_out' });
  });

  it('refuses illegal moves with a reason', () => {
    expect(planMove('working', 'clock_in')).toEqual({ ok: false, refusal: 'You are already clocked in' });
    expect(planMove('clocked_out', 'break_start')).toEqual({ ok: false, refusal: 'You are not clocked in' });
    expect(planMove('working', 'break_end')).toEqual({ ok: false, refusal: 'You are not on a break' });
    expect(planMove('break', 'on_call_start')).toMatchObject({ ok: false });
    expect(planMove('clocked_out', 'clock_out')).toMatchObject({ ok: false });
  });
});
