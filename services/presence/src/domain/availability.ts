import type { Activity, Availability, onlineStatuses } from '@switchboard/contracts';

export type OnlineStatus = (typeof onlineStatuses)[number];

/** Open tickets an agent takes when nobody said otherwise. */
export const defaultCapacity = 3;

export type AgentPicture = {
  activity: Activity;
  onlineStatus: OnlineStatus;
  openTickets: number;
  /** Null when unknown: `defaultCapacity` applies. */
  capacity: number | null;
};

/**
 * docs/api.md §4.9: offline when clocked out or shown offline; busy on a break, on a call, shown away or
 * busy, or at capacity; else available.
 */
export function deriveAvailability(p: AgentPicture): Availability {
  if (p.activity === 'clocked_out' || p.onlineStatus === 'offline') return 'offline';
  if (p.activity === 'break' || p.activity === 'on_call') return 'busy';
  if (p.onlineStatus === 'away' || p.onlineStatus === 'busy') return 'busy';
  if (p.openTickets >= (p.capacity ?? defaultCapacity)) return 'busy';
  return 'available';
}
