import { invalidInput } from '@switchboard/contracts';
import {
  ensureChannelSecret,
  findChannel,
  findChannelSecret,
  rotateChannelSecret,
  setCallbackUrl,
} from '../data/channels.repository.js';
import type { TicketsDeps } from '../deps.js';
import { callbackUrlAllowed } from '../domain/callback-target.js';
import { signatureMatches } from '../domain/channel-signature.js';

/** Whether `header` signs `rawBody` with the tenant's channel secret; false for a tenant without one. */
export async function channelSignatureValid(
  deps: TicketsDeps,
  tenantId: string,
  rawBody: Buffer,
  header: string | undefined,
): Promise<boolean> {
  const secret = await findChannelSecret(deps.db, tenantId);
  return secret !== undefined && signatureMatches(secret, rawBody, header);
}

async function settingsOf(deps: TicketsDeps, tenantId: string) {
  const channel = await findChannel(deps.db, tenantId);
  return {
    inboundUrl: `${deps.config.PUBLIC_URL}/api/channels/inbound/${tenantId}`,
    statusUrl: `${deps.config.PUBLIC_URL}/api/channels/status/${tenantId}`,
    secret: channel?.secret ?? '',
    callbackUrl: channel?.callbackUrl ?? null,
  };
}

/** The tenant's webhook URLs and secret; the secret is made on first read. */
export async function channelSettings(deps: TicketsDeps, tenantId: string) {
  await ensureChannelSecret(deps.db, tenantId);
  return settingsOf(deps, tenantId);
}

/** A new secret: the old one stops working at once. */
export async function rotateChannel(deps: TicketsDeps, tenantId: string) {
  await rotateChannelSecret(deps.db, tenantId);
  return settingsOf(deps, tenantId);
}

/**
 * Where Switchboard posts to the channel. A host that is plainly not public (localhost, a private
 * address) is refused here already; names are checked again when resolved, at each post.
 */
export async function setChannelCallback(deps: TicketsDeps, tenantId: string, callbackUrl: string | null) {
  if (callbackUrl && !callbackUrlAllowed(callbackUrl, deps.config.WEBHOOK_ALLOWED_HOSTS))
    throw invalidInput(
      [{ field: 'body.callbackUrl', message: 'must be a host on the public internet' }],
      'The callback URL points into a private network',
    );
  await setCallbackUrl(deps.db, tenantId, callbackUrl);
  return settingsOf(deps, tenantId);
}
