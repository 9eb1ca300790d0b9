/** What the Live indicator shows (reference/001 "Live" indicator). */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export const statusText: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};
