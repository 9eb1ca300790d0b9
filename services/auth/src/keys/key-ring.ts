import { uuidv7 } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import type { Db } from '../data/db.js';
import {
  insertSigningKey,
  publishedKeys,
  retireKeysExcept,
  type SigningKeyRow,
} from '../data/signing-keys.repository.js';

export const ALGORITHM = 'EdDSA';
/** A new key is published this long before it signs, so verifiers' JWKS caches already know it. */
const PUBLISH_LEAD_MS = 60_000;
const REFRESH_MS = 30_000;

export type KeyRing = {
  signingKey(): Promise<{ kid: string; key: Awaited<ReturnType<typeof importJWK>> }>;
  jwks(): Promise<{ keys: JWK[] }>;
  verificationKeys: JWTVerifyGetKey;
};

/** Makes sure a signing key younger than `rotationDays` exists; safe to run from several processes at once. */
export async function rotateIfDue(db: Db, rotationDays: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('auth.signing_keys'))`);
    const [newest] = await publishedKeys(tx, 0);
    const dueAt = newest ? newest.createdAt.getTime() + rotationDays * 86_400_000 : 0;
    if (Date.now() < dueAt) return;
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
    const kid = uuidv7();
    await insertSigningKey(tx, {
      kid,
      publicJwk: await exportJWK(publicKey),
      privateJwk: await exportJWK(privateKey),
    });
    await retireKeysExcept(tx, kid);
  });
}

/** Published keys, reread from the database every 30 s so a rotation by any instance is picked up. */
export function createKeyRing(db: Db, accessTokenTtlSeconds: number): KeyRing {
  let cache: { at: number; rows: SigningKeyRow[] } | undefined;
  const rows = async () => {
    if (!cache || Date.now() - cache.at > REFRESH_MS) {
      cache = {
        at: Date.now(),
        rows: await publishedKeys(db, accessTokenTtlSeconds * 1000 + PUBLISH_LEAD_MS),
      };
    }
    return cache.rows;
  };
  const jwks = async () => ({
    keys: (await rows()).map((r) => ({ ...(r.publicJwk as JWK), kid: r.kid, alg: ALGORITHM, use: 'sig' })),
  });
  return {
    jwks,
    async signingKey() {
      // A key retired by a rotation keeps signing until its successor has been published for a while.
      const age = (at: Date) => Date.now() - at.getTime();
      const current = (await rows()).filter((r) => !r.retiredAt || age(r.retiredAt) < PUBLISH_LEAD_MS);
      const ready = current.find((r) => age(r.createdAt) >= PUBLISH_LEAD_MS) ?? current[0];
      if (!ready) throw new Error('no signing key: run rotateIfDue first');
      return { kid: ready.kid, key: await importJWK(ready.privateJwk as JWK, ALGORITHM) };
    },
    verificationKeys: async (header, token) => createLocalJWKSet(await jwks())(header, token),
  };
}
