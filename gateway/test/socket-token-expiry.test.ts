import { connectAuthenticated, type Stack, signupTenant, startStack } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ authEnv: { ACCESS_TOKEN_TTL_SECONDS: '5' } });
});
afterAll(() => stack?.stop());

it('a socket is disconnected when its access token expires', async () => {
  const admin = await signupTenant(stack.call);
  const client = await connectAuthenticated(stack.baseUrl, { token: admin.token });
  expect(await client.next('error', undefined, 10_000)).toMatchObject({
    code: 'UNAUTHENTICATED',
    message: expect.stringMatching(/expired/),
  });
  await client.next('disconnect');
});
