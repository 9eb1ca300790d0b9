import { now } from '@switchboard/clock';
import { eq } from 'drizzle-orm';
import { newChannelSecret } from '../domain/channel-signature.js';
import type { Tx } from './db.js';
import { channelSecrets } from './schema.js';

export async function findChannelSecret(tx: Tx, tenantId: string): Promise<string | undefined> {
  const [row] = await tx.select().from(channelSecrets).where(eq(channelSecrets.tenantId, tenantId));
  return row?.secret;
}

/** The tenant's secret, made on first use. */
export async function ensureChannelSecret(tx: Tx, tenantId: string): Promise<string> {
  await tx.insert(channelSecrets).values({ tenantId, secret: newChannelSecret() }).onConflictDoNothing();
  return (await findChannelSecret(tx, tenantId)) ?? '';
}

/** A new secret; the old one stops working at once. */
export async function rotateChannelSecret(tx: Tx, tenantId: string): Promise<string> {
  const secret = newChannelSecret();
  await tx
    .insert(channelSecrets)
    .values({ tenantId, secret })
    .onConflictDoUpdate({ target: channelSecrets.tenantId, set: { secret, rotatedAt: now() } });
  return secret;
}

/** The tenant's channel as outbound delivery needs it; undefined before its first settings read. */
export async function findChannel(tx: Tx, tenantId: string) {
  const [row] = await tx
    .select({ secret: channelSecrets.secret, callbackUrl: channelSecrets.callbackUrl })
    .from(channelSecrets)
    .where(eq(channelSecrets.tenantId, tenantId));
  return row;
}

/** Sets (or, with null, clears) where Switchboard posts to the tenant's channel. */
export async function setCallbackUrl(tx: Tx, tenantId: string, callbackUrl: string | null) {
  await ensureChannelSecret(tx, tenantId);
  await tx.update(channelSecrets).set({ callbackUrl }).where(eq(channelSecrets.tenantId, tenantId));
}
