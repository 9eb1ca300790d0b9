import { provideSharedStack, type SharedStackAddress } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStack: SharedStackAddress;
  }
}

// The per-IP limit is counted in Redis across every stack on the machine: lifted for the sweeps.
const unlimited = { RATE_LIMIT_PER_MINUTE: '1000000' };

/** One stack for the files of vitest.config.ts's `sharesStack` (none when SECURITY_BASE_URL names one). */
export default async function setup(project: TestProject) {
  if (process.env.SECURITY_BASE_URL) return;
  return provideSharedStack(project, {
    gatewayEnv: unlimited,
    authEnv: unlimited,
    ticketsEnv: unlimited,
    presenceEnv: unlimited,
    reportingEnv: unlimited,
  });
}
