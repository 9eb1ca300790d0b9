import { provideSharedStack, type SharedStackAddress } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStack: SharedStackAddress;
  }
}

/** One stack for every file of the package. */
export default async function setup(project: TestProject) {
  return provideSharedStack(project);
}
