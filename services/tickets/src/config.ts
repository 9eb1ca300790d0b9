import { commaList, loadConfig, serviceEnv } from '@switchboard/config';
import { objectStorageEnv } from '@switchboard/object-storage';
import { z } from 'zod';

/** What an attachment may be by default: documents, pictures and text; never HTML, SVG or scripts. */
const defaultAttachmentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

const attachmentsEnv = objectStorageEnv.extend({
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1) // the size column is a 32-bit integer
    .default(25 * 1024 * 1024)
    .describe('Largest file an upload or an inbound media_url may bring (413 beyond)'),
  ATTACHMENT_TYPES: commaList(defaultAttachmentTypes).describe(
    'Comma-separated content types an attachment may have (415 outside them)',
  ),
  MEDIA_FETCH_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15_000)
    .describe("How long fetching an inbound message's media_url may take"),
  MEDIA_ALLOWED_HOSTS: commaList().describe(
    'Hosts a media_url may name although they resolve to private addresses (local development, tests)',
  ),
});

const ticketsEnv = serviceEnv({ port: 4002, database: 'switchboard_tickets' })
  .extend({
    AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
    JWT_ISSUER: z.string().default('switchboard'),
    PUBLIC_URL: z
      .url()
      .default('http://127.0.0.1:8080')
      .transform((url) => url.replace(/\/+$/, ''))
      .describe(
        'The gateway as customers and channels reach it (survey links, webhook URLs); the default is local development only',
      ),
    SMTP_URL: z
      .url()
      .default('smtp://127.0.0.1:1025')
      .describe(
        'Where mail to customers goes; the default is the local mail catcher (local development only)',
      ),
    CUSTOMER_MAIL_FROM: z.string().default('Switchboard Support <support@switchboard.local>'),
    CSAT_SURVEY_DAYS: z.coerce
      .number()
      .int()
      .positive()
      .default(30)
      .describe('How long a survey link takes an answer; after that it is gone (404)'),
    WEBHOOK_ALLOWED_HOSTS: commaList().describe(
      'Hosts a channel callback may reach although they resolve to loopback or private addresses (local development, tests)',
    ),
    SLA_SCAN_INTERVAL_MS: z.coerce
      .number()
      .int()
      .positive()
      .default(15_000)
      .describe('How often SLA clocks are checked'),
    ASSIGNMENT_SWEEP_MS: z.coerce
      .number()
      .int()
      .positive()
      .default(5_000)
      .describe('How often NEW and unanswered tickets are swept for auto-assignment'),
  })
  .extend(attachmentsEnv.shape);

export type TicketsConfig = z.infer<typeof ticketsEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): TicketsConfig =>
  loadConfig(ticketsEnv, env);
