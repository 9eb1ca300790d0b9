import { describe, expect, it } from 'vitest';
import { surveyChannels, surveyExpired, surveyLink } from './csat-survey.js';

describe('a CSAT survey', () => {
  it('is a link under the public URL, its token escaped for a path', () => {
    expect(surveyLink('https://help.example.com', 'abc_-1')).toBe('https://help.example.com/csat/abc_-1');
  });

  it('takes answers for its number of days only', () => {
    const issued = new Date('2026-01-01T00:00:00Z');
    expect(surveyExpired(issued, 30, new Date('2026-01-31T00:00:00Z'))).toBe(false);
    expect(surveyExpired(issued, 30, new Date('2026-01-31T00:00:01Z'))).toBe(true);
  });

  it('goes by email to a customer with an address, and over the channel to one who wrote in through it', () => {
    const both = { channelExternalId: 'wa-1', callbackUrl: 'https://c.example.com', customerEmail: 'a@b.c' };
    expect(surveyChannels(both)).toEqual(['email', 'callback']);
    expect(surveyChannels({ ...both, callbackUrl: null })).toEqual(['email']);
    expect(surveyChannels({ ...both, channelExternalId: null, customerEmail: null })).toEqual([]);
  });
});
