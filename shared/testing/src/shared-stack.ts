import { type Call, httpCaller, type Stack, startStack } from './stack.js';

/*
 * One stack for the test files of a package that need no env of their own and stop no process:
 * a vitest globalSetup starts it (`provideSharedStack`) and each such file reaches it with
 * `sharedStack(inject('sharedStack'))`. Every test makes its own tenant, so files sharing the
 * processes still see only their own data.
 */

/** What a test file needs to reach the stack started by the globalSetup (plain data, provided across processes). */
export type SharedStackAddress = {
  baseUrl: string;
  urls: Stack['urls'];
  metricsToken: string;
  vhostUrl: string;
  authDatabaseUrl: string;
};

export type SharedStack = {
  baseUrl: string;
  call: Call;
  urls: Stack['urls'];
  metricsToken: string;
  vhost: { url: string };
  /** The auth service's database, as `Stack.database`. */
  database: { url: string };
};

type Provider = { provide: (key: 'sharedStack', value: SharedStackAddress) => void };

/** For a vitest globalSetup: starts the stack, provides its address, and returns its teardown. */
export async function provideSharedStack(project: Provider, options?: Parameters<typeof startStack>[0]) {
  const stack = await startStack(options);
  project.provide('sharedStack', {
    baseUrl: stack.baseUrl,
    urls: stack.urls,
    metricsToken: stack.metricsToken,
    vhostUrl: stack.vhost.url,
    authDatabaseUrl: stack.database.url,
  });
  return () => stack.stop();
}

/** The stack of the globalSetup, from the address `inject('sharedStack')` gives a test file. */
export function sharedStack(address: SharedStackAddress): SharedStack {
  return {
    baseUrl: address.baseUrl,
    call: httpCaller(() => address.baseUrl),
    urls: address.urls,
    metricsToken: address.metricsToken,
    vhost: { url: address.vhostUrl },
    database: { url: address.authDatabaseUrl },
  };
}
