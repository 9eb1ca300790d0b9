import { lookup } from 'node:dns/promises';
import { callbackHostAllowed } from '../domain/callback-target.js';
import { signatureOf } from '../domain/channel-signature.js';

export type Callback = { url: string; secret: string; deliveryId: string; body: object };

/**
 * A signed POST to the tenant's channel (docs/api.md §4.6): `X-Signature` as on the inbound
 * webhooks, and `X-Switchboard-Delivery-Id` so the channel can drop a repeat. Throws on a refused
 * host, a timeout or a non-2xx answer, so the caller retries.
 */
export async function postCallback(callback: Callback, allowedHosts: string[], timeoutMs = 10_000) {
  const { hostname } = new URL(callback.url);
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = (await lookup(host, { all: true })).map((a) => a.address);
  if (!callbackHostAllowed(host, addresses, allowedHosts))
    throw new Error(`The channel callback host ${host} is not public and not in WEBHOOK_ALLOWED_HOSTS`);
  const raw = JSON.stringify(callback.body);
  const res = await fetch(callback.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature': signatureOf(callback.secret, raw),
      'x-switchboard-delivery-id': callback.deliveryId,
    },
    body: raw,
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`The channel callback answered ${res.status}`);
}
