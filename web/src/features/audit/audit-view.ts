import type { AuditEntry, AuditFilters } from './api.js';

/** What the filter form holds: dates as the date inputs give them (YYYY-MM-DD, local days). */
export type FilterDraft = { actorId: string; action: string; targetType: string; from: string; to: string };

export const emptyFilters: FilterDraft = { actorId: '', action: '', targetType: '', from: '', to: '' };

/** The actions and target types the log records (services/audit domain/facts.ts). */
export const auditActions = [
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.deactivated',
  'ticket.resolution_approved',
  'ticket.resolution_rejected',
  'ticket.assigned',
  'macro.created',
  'macro.updated',
  'macro.deleted',
  'canned_response.created',
  'canned_response.updated',
  'canned_response.deleted',
  'customer.merged',
] as const;
export const targetTypes = ['user', 'ticket', 'macro', 'canned_response', 'customer'] as const;

/** The query the API takes: a "to" day includes all of that day, in the user's time zone. */
export function filtersOf(draft: FilterDraft): AuditFilters {
  const day = (d: string, end: boolean) => {
    if (!d) return undefined;
    const at = new Date(`${d}T00:00:00`);
    if (end) at.setDate(at.getDate() + 1);
    return new Date(at.getTime() - (end ? 1 : 0)).toISOString();
  };
  return {
    actorId: draft.actorId || undefined,
    action: draft.action || undefined,
    targetType: draft.targetType || undefined,
    from: day(draft.from, false),
    to: day(draft.to, true),
  };
}

const shown = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** One line per field the change touched: `role: agent → supervisor`. */
export function changeLines(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return keys.map((k) => `${k}: ${shown(entry.before?.[k])} → ${shown(entry.after?.[k])}`);
}
