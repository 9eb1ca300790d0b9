import { describe, expect, it } from 'vitest';
import { callbackHostAllowed, callbackUrlAllowed, isPrivateAddress } from './callback-target.js';

describe('a channel callback never reaches into a private network', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const ip of [
      '127.0.0.1',
      '10.0.0.8',
      '172.20.1.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.215.14', '172.32.0.1', '2606:4700::1111'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('lets a listed host through, and refuses a name that resolves to nothing or to a private address', () => {
    expect(callbackHostAllowed('hooks.example.com', ['93.184.215.14'], [])).toBe(true);
    expect(callbackHostAllowed('evil.example.com', ['93.184.215.14', '10.0.0.1'], [])).toBe(false);
    expect(callbackHostAllowed('nowhere.example.com', [], [])).toBe(false);
    expect(callbackHostAllowed('127.0.0.1', ['127.0.0.1'], ['127.0.0.1'])).toBe(true);
  });

  it('refuses plainly private URLs when they are saved', () => {
    expect(callbackUrlAllowed('http://localhost:3000/hook', [])).toBe(false);
    expect(callbackUrlAllowed('http://[::1]/hook', [])).toBe(false);
    expect(callbackUrlAllowed('http://127.0.0.1:3000/hook', ['127.0.0.1'])).toBe(true);
    expect(callbackUrlAllowed('https://hooks.example.com/x', [])).toBe(true);
  });
});
