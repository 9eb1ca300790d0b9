import { provideSharedStack, type SharedStackAddress } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStack: SharedStackAddress;
  }
}

// The per-IP limit is counted in Redis across every stack on the machine: lifted for these clients.
const unlimited = { RATE_LIMIT_PER_MINUTE: '1000000' };

/** One stack for every file of the package. */
export default async function setup(project: TestProject) {
  return provideSharedStack(project, {
    gatewayEnv: unlimited,
    authEnv: unlimited,
    ticketsEnv: unlimited,
    presenceEnv: unlimited,
    reportingEnv: unlimited,
  });
}
