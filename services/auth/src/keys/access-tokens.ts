import { uuidv7 } from '@switchboard/contracts';
import { SignJWT } from 'jose';
import { ALGORITHM, type KeyRing } from './key-ring.js';

type Subject = { id: string; tenantId: string; role: string };

/** `sid` is the refresh-token family: ending the session refuses its access tokens too. */
export type Session = { id: string };

/** A short-lived access token with the docs/api.md §2 claims: sub, tid, role, exp, iat, jti, and sid. */
export async function signAccessToken(
  ring: KeyRing,
  user: Subject,
  session: Session,
  issuer: string,
  ttlSeconds: number,
) {
  const { kid, key } = await ring.signingKey();
  return new SignJWT({ tid: user.tenantId, role: user.role, sid: session.id })
    .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setJti(uuidv7())
    .sign(key);
}
