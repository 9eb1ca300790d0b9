import type { Job } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, authorizedFetch, type Page } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/** A missing or unreachable reporting service is a state to show, not something to retry. */
const noRetryWhenUnavailable = (count: number, err: unknown) =>
  !(err instanceof ApiError && [404, 503].includes(err.status)) && count < 2;

export const useReport = (path: string, query: Record<string, string | undefined>, enabled = true) =>
  useQuery({
    queryKey: [...keys.reports, path, query],
    queryFn: () => api<unknown>(path, { query }),
    retry: noRetryWhenUnavailable,
    placeholderData: keepPreviousData,
    enabled,
  });

export type ReportKind = 'agent' | 'team' | 'tickets';

export function useReportJobs() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: keys.jobs });
  return {
    exportExcel: useMutation({
      mutationFn: (body: { report: ReportKind; from: string; to: string; agentId?: string }) =>
        api<{ jobId: string }>('/api/reports/export', { method: 'POST', body }),
      onSuccess,
    }),
    email: useMutation({
      // `to` is the recipients and `until` the last day (docs/reporting.md, "Email").
      mutationFn: (body: {
        to: string[];
        report: ReportKind;
        from: string;
        until: string;
        agentId?: string;
      }) => api<{ jobId: string }>('/api/reports/email', { method: 'POST', body }),
      onSuccess,
    }),
  };
}

export type JobFilters = { type: string; status: string; page: number };

export const useJobs = (filters: JobFilters) =>
  useQuery({
    queryKey: [...keys.jobs, filters],
    queryFn: () => api<Page<Job>>('/api/jobs', { query: { ...filters, limit: 20 } }),
    retry: noRetryWhenUnavailable,
    placeholderData: keepPreviousData,
  });

export function useRetryJob() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Job>(`/api/jobs/${id}/retry`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.jobs }),
  });
}

/** Fetches the .xlsx with the user's token and hands it to the browser as a download. */
export async function downloadJob(job: Job) {
  const res = await authorizedFetch(`/api/jobs/${job.id}/download`);
  if (!res.ok) throw new ApiError(res.status, 'DOWNLOAD_FAILED', `The download answered ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `switchboard-${job.type.toLowerCase()}-${job.id.slice(-8)}.xlsx`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
