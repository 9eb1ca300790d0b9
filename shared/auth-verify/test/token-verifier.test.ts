import { connectRedis } from '@switchboard/redis';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { revokedUsers } from '../src/revoked-users.js';
import { AccessStateUnavailable, createTokenVerifier } from '../src/token-verifier.js';

const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' }] });
const token = (claims: Record<string, unknown> = {}) =>
  new SignJWT({ tid: 'tenant-1', role: 'admin', sid: 'session-1', ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setSubject('user-1')
    .setIssuer('switchboard')
    .setIssuedAt()
    .setExpirationTime('10m')
    .setJti('jti-1')
    .sign(privateKey);

/** The real Redis (a key prefix of this run), or one that is not there. */
const prefix = `sbt:verify:${crypto.randomUUID()}:`;
const redis = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const unreachable = connectRedis('redis://127.0.0.1:1', {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
});
afterAll(() => {
  redis.disconnect();
  unreachable.disconnect();
});

describe('the token check reads what is true now', () => {
  it('uses the current role instead of the claim, and refuses an ended session', async () => {
    const lists = revokedUsers(redis, prefix);
    const verify = createTokenVerifier(keys, 'switchboard', lists);
    await lists.setRole('user-1', 'agent', 60);
    expect((await verify(await token())).role).toBe('agent');
    await lists.endSession('session-1', 60);
    await expect(verify(await token())).rejects.toThrow('ended session');
    expect((await verify(await token({ sid: 'session-2' }))).role).toBe('agent');
  });

  it('without Redis, lets a read go on with the claims and refuses a write', async () => {
    const verify = createTokenVerifier(keys, 'switchboard', revokedUsers(unreachable, prefix));
    expect((await verify(await token(), 'read')).role).toBe('admin');
    await expect(verify(await token(), 'write')).rejects.toBeInstanceOf(AccessStateUnavailable);
  });
});
