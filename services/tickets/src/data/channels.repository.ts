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
