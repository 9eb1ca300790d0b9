import { describe, expect, it } from 'vitest';
import { changeLines, emptyFilters, filtersOf } from './audit-view.js';

describe('the audit log view', () => {
  it('shows each changed field as before → after, a missing side as a dash', () => {
    expect(changeLines({ before: { role: 'agent' }, after: { role: 'supervisor' } })).toEqual([
      'role: agent → supervisor',
    ]);
    expect(
      changeLines({
        before: { status: 'RESOLUTION_REQUESTED' },
        after: { status: 'IN_PROGRESS', reason: 'No receipt' },
      }),
    ).toEqual(['status: RESOLUTION_REQUESTED → IN_PROGRESS', 'reason: — → No receipt']);
    expect(changeLines({ before: null, after: null })).toEqual([]);
  });

  it('sends only the filters set, a "to" day up to its last millisecond', () => {
    const f = filtersOf({
      ...emptyFilters,
      action: 'user.role_changed',
      from: '2026-03-02',
      to: '2026-03-02',
    });
    expect(f.actorId).toBeUndefined();
    expect(f.action).toBe('user.role_changed');
    expect(Date.parse(f.to ?? '') - Date.parse(f.from ?? '')).toBe(24 * 3600_000 - 1);
  });
});
