/** What the Live indicator shows (docs/api.md §8.5). */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export const statusText: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};
