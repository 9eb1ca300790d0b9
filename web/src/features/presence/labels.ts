import type { Activity, Availability, OnlineStatus } from '@switchboard/contracts';

export const activityLabel: Record<Activity, string> = {
  working: 'Working',
  break: 'On break',
  on_call: 'On a call',
  clocked_out: 'Clocked out',
};

export const availabilityLabel: Record<Availability, string> = {
  available: 'Available',
  busy: 'Busy',
  offline: 'Offline',
};

export const onlineLabel: Record<OnlineStatus, string> = {
  online: 'Online',
  away: 'Away',
  busy: 'Busy',
  offline: 'Offline',
};
