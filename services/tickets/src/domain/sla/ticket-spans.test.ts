import { expect, it } from 'vitest';
import { spansOf } from './ticket-spans.js';

it('turns status changes into back-to-back spans ending in an open one', () => {
  const t = (h: number) => new Date(Date.UTC(2026, 0, 5, h));
  expect(
    spansOf(t(9), [
      { at: t(10), to: 'IN_PROGRESS' },
      { at: t(12), to: 'PENDING' },
    ]),
  ).toEqual([
    { status: 'NEW', from: t(9), to: t(10) },
    { status: 'IN_PROGRESS', from: t(10), to: t(12) },
    { status: 'PENDING', from: t(12), to: null },
  ]);
});
