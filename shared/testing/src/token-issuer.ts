import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export type TestUser = {
  userId: string;
  tenantId: string;
  role: 'admin' | 'supervisor' | 'agent' | 'viewer';
};

/**
 * Stands in for the auth service towards a service under test: publishes a JWKS over real HTTP
 * and signs access tokens with the same claims (docs/api.md §2), so the service verifies them as in
 * production without another service's code in its tests.
 */
export async function startTokenIssuer(issuer = 'switchboard') {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }] });
  const server: Server = createServer((req, res) => {
    if (req.url !== '/api/auth/.well-known/jwks.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    tokenFor: (user: TestUser, ttlSeconds = 900) =>
      new SignJWT({ tid: user.tenantId, role: user.role })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setSubject(user.userId)
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .setJti(randomUUID())
        .sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
