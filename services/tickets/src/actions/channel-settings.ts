import { ensureChannelSecret, findChannelSecret, rotateChannelSecret } from '../data/channels.repository.js';
import type { TicketsDeps } from '../deps.js';
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

const settingsOf = (deps: TicketsDeps, tenantId: string, secret: string) => ({
  inboundUrl: `${deps.config.PUBLIC_URL}/api/channels/inbound/${tenantId}`,
  statusUrl: `${deps.config.PUBLIC_URL}/api/channels/status/${tenantId}`,
  secret,
});

/** The tenant's webhook URLs and secret; the secret is made on first read. */
export async function channelSettings(deps: TicketsDeps, tenantId: string) {
  return settingsOf(deps, tenantId, await ensureChannelSecret(deps.db, tenantId));
}

/** A new secret: the old one stops working at once. */
export async function rotateChannel(deps: TicketsDeps, tenantId: string) {
  return settingsOf(deps, tenantId, await rotateChannelSecret(deps.db, tenantId));
}
