import { sql } from 'drizzle-orm';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKeyRing, rotateIfDue } from '../src/keys/key-ring.js';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth();
});
afterAll(() => auth?.stop());

it('rotating the signing key keeps tokens signed by the old key valid', async () => {
  const { accessToken: oldToken } = await auth.signupTenant();
  const oldKid = decodeProtectedHeader(oldToken).kid;

  // Age the current key past its rotation period, then rotate as a restarted instance would.
  await auth.deps.db.execute(sql`update signing_keys set created_at = now() - interval '31 days'`);
  await rotateIfDue(auth.deps.db, 30);
  const ring = createKeyRing(auth.deps.db, 900);
  const { keys } = await ring.jwks();
  expect(keys.map((k) => k.kid)).toContain(oldKid);
  expect(keys).toHaveLength(2);

  // The freshly made key is published before it signs: new tokens still use the old one for a minute.
  const { kid: signingKid } = await ring.signingKey();
  expect(signingKid).toBe(oldKid);

  const me = await auth.call('GET', '/api/auth/me', { token: oldToken });
  expect(me.status).toBe(200);
});
