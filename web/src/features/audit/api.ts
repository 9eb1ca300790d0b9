import type { Role } from '@switchboard/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, authorizedFetch, type Page } from '../../lib/api.js';

/* The audit log (docs/api.md §4.20): what admins and supervisors changed; admins only. */

export type AuditEntry = {
  id: string;
  at: string;
  actorId: string;
  actorRole: Role;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  correlationId: string;
};

export type AuditFilters = {
  actorId?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
};

export const useAuditLog = (filters: AuditFilters, page: number) =>
  useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () => api<Page<AuditEntry>>('/api/audit', { query: { ...filters, page, limit: 20 } }),
    placeholderData: keepPreviousData,
  });

/** Fetches the filtered log as CSV with the user's token and hands it to the browser as a download. */
export async function downloadAudit(filters: AuditFilters) {
  const res = await authorizedFetch('/api/audit/export', { query: filters });
  if (!res.ok) throw new ApiError(res.status, 'DOWNLOAD_FAILED', `The download answered ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = 'switchboard-audit-log.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
