import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');
const appFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
);
/** An import of the contract that is not `import type { … }`: it would bundle zod and node code. */
const valueImport = /^import\s+(?!type\s)[^;]*?from\s+'@switchboard\/contracts'/m;

describe('the shared contract in the browser bundle', () => {
  it('is imported for its types only', () => {
    const offenders = appFiles.filter((f) => valueImport.test(readFileSync(join(src, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
