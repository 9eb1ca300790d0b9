import { describe, expect, it } from 'vitest';
import { type AgentPicture, deriveAvailability } from './availability.js';

const working: AgentPicture = { activity: 'working', onlineStatus: 'online', openTickets: 0, capacity: null };

describe('deriveAvailability', () => {
  it('is available when working, online and under capacity', () => {
    expect(deriveAvailability(working)).toBe('available');
    expect(deriveAvailability({ ...working, openTickets: 2 })).toBe('available');
  });

  it('is offline when clocked out or shown offline, whatever else', () => {
    expect(deriveAvailability({ ...working, activity: 'clocked_out' })).toBe('offline');
    expect(deriveAvailability({ ...working, onlineStatus: 'offline', activity: 'break' })).toBe('offline');
  });

  it('is busy on a break, on a call, away or busy', () => {
    expect(deriveAvailability({ ...working, activity: 'break' })).toBe('busy');
    expect(deriveAvailability({ ...working, activity: 'on_call' })).toBe('busy');
    expect(deriveAvailability({ ...working, onlineStatus: 'away' })).toBe('busy');
    expect(deriveAvailability({ ...working, onlineStatus: 'busy' })).toBe('busy');
  });

  it('is busy at capacity, 3 when unknown', () => {
    expect(deriveAvailability({ ...working, openTickets: 3 })).toBe('busy');
    expect(deriveAvailability({ ...working, openTickets: 3, capacity: 5 })).toBe('available');
    expect(deriveAvailability({ ...working, openTickets: 1, capacity: 1 })).toBe('busy');
    expect(deriveAvailability({ ...working, capacity: 0 })).toBe('busy');
  });
});
