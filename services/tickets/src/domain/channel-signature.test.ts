import { describe, expect, it } from 'vitest';
import { advancesDelivery, signatureMatches, signatureOf } from './channel-signature.js';

describe('channel signatures', () => {
  const body = Buffer.from('{"externalId":"m-1"}');
  it('accepts the HMAC of the exact body with the tenant secret', () => {
    expect(signatureMatches('s3cret', body, signatureOf('s3cret', body))).toBe(true);
  });
  it('refuses another secret, another body, a missing or malformed header', () => {
    expect(signatureMatches('s3cret', body, signatureOf('other', body))).toBe(false);
    expect(signatureMatches('s3cret', Buffer.from(`${body} `), signatureOf('s3cret', body))).toBe(false);
    expect(signatureMatches('s3cret', body, undefined)).toBe(false);
    expect(signatureMatches('s3cret', body, 'sha256=zz')).toBe(false);
  });
});

describe('delivery status', () => {
  it('moves forward only, and failure is final', () => {
    expect(advancesDelivery('sent', 'delivered')).toBe(true);
    expect(advancesDelivery('read', 'delivered')).toBe(false);
    expect(advancesDelivery('delivered', 'failed')).toBe(true);
    expect(advancesDelivery('failed', 'read')).toBe(false);
  });
});
