import { provideSharedStack, type SharedStackAddress } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStack: SharedStackAddress;
  }
}

/** One stack for the files of vitest.config.ts's `sharesStack` (none when SECURITY_BASE_URL names one). */
export default async function setup(project: TestProject) {
  if (process.env.SECURITY_BASE_URL) return;
  return provideSharedStack(project);
}
