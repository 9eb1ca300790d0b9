import type { Caller } from '@switchboard/auth-verify';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { type AuditEntryRow, listEntries } from '../data/audit.repository.js';
import type { AuditDeps } from '../deps.js';

export type AuditQuery = {
  actorId?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
};

/** Export rows at most: the whole log of a busy tenant would not fit one response. */
export const EXPORT_LIMIT = 10_000;

const filtersOf = (q: AuditQuery) => ({
  ...q,
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
});

const toEntry = (r: AuditEntryRow) => {
  const { tenantId: _tenant, at, ...rest } = r;
  return { ...rest, at: at.toISOString() };
};

/** A page of the caller's tenant's audit log, newest first. */
export async function auditLog(deps: AuditDeps, caller: Caller, query: AuditQuery, page: Pagination) {
  const { rows, total } = await listEntries(
    deps.db,
    caller.tenantId,
    filtersOf(query),
    page.limit,
    offsetOf(page),
  );
  return toPage(rows.map(toEntry), total, page);
}

/** Every entry matching `query` (up to EXPORT_LIMIT), newest first, for the CSV export. */
export async function auditExport(deps: AuditDeps, caller: Caller, query: AuditQuery) {
  const { rows } = await listEntries(deps.db, caller.tenantId, filtersOf(query), EXPORT_LIMIT, 0);
  return rows.map(toEntry);
}
