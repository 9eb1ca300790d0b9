import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex>` over the raw request body with the tenant's channel secret (docs/api.md §4.6). */
export const signatureOf = (secret: string, rawBody: Buffer | string) =>
  `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;

/** Constant-time check, so response timing reveals nothing about the expected signature. */
export function signatureMatches(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signatureOf(secret, rawBody));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const newChannelSecret = () => randomBytes(32).toString('base64url');

const rank = { sent: 0, delivered: 1, read: 2, failed: 3 } as const;
export type DeliveryStatus = keyof typeof rank;

/** Delivery only moves forward (sent → delivered → read); a late `delivered` after `read` changes nothing. */
export const advancesDelivery = (current: DeliveryStatus, next: DeliveryStatus) =>
  next === 'failed' ? current !== 'failed' : rank[next] > rank[current];
