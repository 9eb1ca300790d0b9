export type ReportKind = 'agent' | 'team' | 'tickets';
/** What an export or an email covers: a report over local days of the tenant (both included). */
export type ReportRequest = { report: ReportKind; from: string; to: string; agentId?: string | undefined };
