import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../src/envelope-decoder.js';
import { tenantCreated } from './support/events.js';

const encode = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('decoding a message body', () => {
  it('accepts an envelope whose data meets its contract', () => {
    const event = tenantCreated();
    expect(decodeEnvelope(encode(event))).toEqual({ ok: true, event });
  });

  it('rejects a body that is not JSON', () => {
    expect(decodeEnvelope(encode('{not json'))).toEqual({ ok: false, reason: 'body is not valid JSON' });
  });

  it('rejects an envelope missing required fields', () => {
    const { tenantId: _omitted, ...rest } = tenantCreated();
    const decoded = decodeEnvelope(encode(rest));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/invalid envelope: tenantId/);
  });

  it('rejects an event type the catalog does not know', () => {
    const decoded = decodeEnvelope(encode({ ...tenantCreated(), type: 'tenant.exploded' }));
    expect(decoded).toEqual({ ok: false, reason: 'unknown event type tenant.exploded' });
  });

  it('rejects a version other than the contract version', () => {
    const decoded = decodeEnvelope(encode({ ...tenantCreated(), version: 2 }));
    expect(!decoded.ok && decoded.reason).toMatch(/unsupported version 2 of tenant.created/);
  });

  it('rejects data that breaks the contract', () => {
    const event = tenantCreated();
    const decoded = decodeEnvelope(encode({ ...event, data: { ...event.data, tenantId: 'nope' } }));
    expect(!decoded.ok && decoded.reason).toMatch(/invalid tenant.created data: tenantId/);
  });
});
