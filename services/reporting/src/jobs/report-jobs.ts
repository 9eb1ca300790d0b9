import { broadcastAudienceInputSchema, broadcastMessageSchema, type JobType } from '@switchboard/contracts';
import type { JobHandler } from '@switchboard/jobs';
import type { Mailer } from '@switchboard/mail';
import { z } from 'zod';
import type { Db } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { writeReportWorkbook } from '../exports/report-workbook.js';
import { reportEmail } from '../mail/report-email.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What an EXCEL_EXPORT job holds (POST /api/reports/export). */
export const exportPayload = z.object({
  report: z.enum(['agent', 'team', 'tickets']),
  from: z.iso.date(),
  to: z.iso.date(),
  agentId: z.uuid().optional(),
});
/** What an EMAIL_REPORT job holds: the report, and who it goes to. */
export const emailPayload = exportPayload.extend({ recipients: z.array(z.email()).min(1) });
/** A NOTIFICATION: a broadcast to send through the presence service (POST /api/jobs). */
export const notificationPayload = z.object({
  message: broadcastMessageSchema,
  audience: broadcastAudienceInputSchema,
});

const TITLES = { agent: 'Agent report', team: 'Team report', tickets: 'Tickets report' } as const;

/** The reporting service's job types (docs/api.md §8.1): exports, report emails, broadcasts. */
export function reportJobHandlers(db: Db, mailer: Mailer): Partial<Record<JobType, JobHandler>> {
  return {
    EXCEL_EXPORT: async ({ job, filePath, progress }) => {
      const request = exportPayload.parse(job.payload);
      const { file } = await writeReportWorkbook(db, job.tenantId, request, filePath, progress);
      return { file };
    },

    // The workbook is built again on every attempt: an SMTP failure leaves nothing half-sent.
    EMAIL_REPORT: async ({ job, filePath, progress }) => {
      const request = emailPayload.parse(job.payload);
      const { file, summary } = await writeReportWorkbook(db, job.tenantId, request, filePath, progress);
      const title = `${TITLES[request.report]} ${request.from} to ${request.to}`;
      const sent = await mailer.send({
        to: request.recipients,
        ...reportEmail(title, summary),
        attachments: [{ filename: file.name, path: filePath, contentType: XLSX }],
      });
      return { ...sent, file };
    },

    // The request commits with COMPLETED (the attempt's transaction): asked for exactly once.
    NOTIFICATION: async ({ job, tx, origin }) => {
      const notice = notificationPayload.parse(job.payload);
      if (!job.requesterId) throw new Error('a NOTIFICATION job needs its sender');
      const audience = { type: notice.audience.type, value: notice.audience.value ?? null };
      await recordEvent(tx, origin, 'broadcast.requested', {
        jobId: job.id,
        requesterId: job.requesterId,
        message: notice.message,
        audience,
      });
      return { broadcast: 'requested', audience };
    },
  };
}
