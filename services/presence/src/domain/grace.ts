import type { OnlineStatus } from './availability.js';

export type SocketPicture = {
  onlineStatus: OnlineStatus;
  /** Sockets of the user still connected (tabs, across gateways). */
  openConnections: number;
  /** When the user's last socket went away; null if none ever did. */
  lastDisconnectedAt: Date | null;
};

/**
 * Whether a user goes offline now: shown as something other than offline, no socket left, and
 * the last one gone for at least the grace (a reload or a network blip reconnects within it).
 */
export function shouldGoOffline(p: SocketPicture, now: Date, graceSeconds: number): boolean {
  if (p.onlineStatus === 'offline' || p.openConnections > 0 || !p.lastDisconnectedAt) return false;
  return now.getTime() - p.lastDisconnectedAt.getTime() >= graceSeconds * 1000;
}
