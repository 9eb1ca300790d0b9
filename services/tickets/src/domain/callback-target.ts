import { isIP } from 'node:net';

/*
 * A channel callback is a URL an admin types in: Switchboard must not be made to post into its
 * own network (SSRF). Loopback, private, link-local and unspecified addresses are refused unless
 * the host is listed in WEBHOOK_ALLOWED_HOSTS (docs/api.md §4.6).
 */

const privateV4 = [
  /^0\./,
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

/** Whether `address` (an IP literal) is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, '');
  if (isIP(ip) === 4) return privateV4.some((range) => range.test(ip));
  if (isIP(ip) !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  return ip === '::' || ip === '::1' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip);
}

/** Whether a callback to `host`, which resolves to `addresses`, may be sent. */
export const callbackHostAllowed = (host: string, addresses: string[], allowedHosts: string[]) =>
  allowedHosts.includes(host.toLowerCase()) || (addresses.length > 0 && !addresses.some(isPrivateAddress));

/** At save time: refuses a URL whose host is plainly not public (localhost, a private IP literal). */
export function callbackUrlAllowed(url: string, allowedHosts: string[]): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const plainlyPrivate = host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host);
  return !plainlyPrivate || allowedHosts.includes(host);
}
