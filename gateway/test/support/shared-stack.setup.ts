import { provideSharedStack, type SharedStackAddress } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStack: SharedStackAddress;
  }
}

/** One stack for the files of vitest.config.ts's `sharesStack`. */
export default (project: TestProject) => provideSharedStack(project);
