import { deliveryStatusSchema } from '@switchboard/contracts';
import { z } from 'zod';

export const tenantParams = z.object({ tenantId: z.uuid() });

export const inboundBody = z.object({
  externalId: z.string().trim().min(1).max(200),
  from: z
    .object({
      name: z.string().trim().min(1).max(200),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[\d\s\-()]{3,20}$/, 'must be a phone number')
        .optional(),
      email: z.email().max(255).optional(),
      channelId: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .describe("The channel's own id for the sender (a chat user, a messaging handle): finds them again"),
    })
    .refine((f) => f.phone || f.email || f.channelId, {
      message: 'phone, email or channelId is required',
      path: ['phone'],
    }),
  text: z.string().min(1).max(20_000),
  timestamp: z.iso.datetime({ offset: true }),
  media_url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional()
    .describe("A file the customer sent: fetched once and stored as the message's attachment"),
  media_name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("The file's name (else the URL's last part)"),
});

export const statusBody = z.object({
  externalId: z.string().trim().min(1).max(200),
  status: deliveryStatusSchema,
});

export const inboundResponse = z.object({
  ticketId: z.uuid(),
  messageId: z.uuid(),
  duplicate: z.boolean().describe('True (with 200) when this externalId was already received'),
});

export const deliveryResponse = z.object({
  messageId: z.uuid(),
  status: deliveryStatusSchema.describe('The delivery status now; a backward move is ignored'),
});

export const channelSettingsResponse = z.object({
  inboundUrl: z.string().describe('Where the channel posts customer messages'),
  statusUrl: z.string().describe('Where the channel posts delivery reports'),
  secret: z.string().describe('HMAC-SHA256 key of the X-Signature header'),
  callbackUrl: z
    .string()
    .nullable()
    .describe('Where Switchboard posts to the channel (signed the same way), e.g. the CSAT survey link'),
});

export const channelSettingsBody = z.object({
  callbackUrl: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .nullable()
    .describe('An http(s) URL on the public internet, or null to stop posting to the channel'),
});
