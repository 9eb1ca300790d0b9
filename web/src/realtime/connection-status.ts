/** What the Live indicator shows (docs/api.md §8.5); its words are `common:connection.<status>`. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';
