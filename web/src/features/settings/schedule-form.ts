export type ReportKind = 'agent' | 'team' | 'tickets';
export type Frequency = 'weekly' | 'monthly';

/** A report schedule as the API answers it (services/reporting/src/http/jobs.schemas.ts). */
export type Schedule = {
  id: string;
  report: ReportKind;
  frequency: Frequency;
  recipients: string[];
  agentId: string | null;
  createdBy: string;
  createdAt: string;
};

export type NewSchedule = {
  report: ReportKind;
  frequency: Frequency;
  recipients: string[];
  agentId?: string;
};

export type ScheduleDraft = { report: ReportKind; frequency: Frequency; recipients: string; agentId: string };

export const emptyScheduleDraft: ScheduleDraft = {
  report: 'team',
  frequency: 'weekly',
  recipients: '',
  agentId: '',
};

/** Recipients typed one per line or separated by commas, semicolons or spaces. */
export const recipientsOf = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** POST /api/reports/schedules: only an agent report names its agent. */
export function scheduleBody(draft: ScheduleDraft): NewSchedule {
  const body: NewSchedule = {
    report: draft.report,
    frequency: draft.frequency,
    recipients: recipientsOf(draft.recipients),
  };
  if (draft.report === 'agent' && draft.agentId) body.agentId = draft.agentId;
  return body;
}
