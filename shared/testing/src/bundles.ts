import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from './processes.js';

/*
 * A stack starts nine node processes; under `node --import tsx` each spends seconds of CPU
 * compiling and resolving hundreds of TypeScript modules, which on a 2-core machine running
 * two test files at once made one start take 25–40 s. So the tests run each entry as one
 * JavaScript file that esbuild (what tsx compiles with) builds from the same sources, once per
 * entry and test process. Packages from npm stay imports, so they load as in production.
 */

/** Our own workspace packages are bundled (they export TypeScript); everything else stays an import. */
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@switchboard/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** `import.meta.url` keeps meaning the source file, so `new URL('../../drizzle', …)` finds the migrations. */
const sourceImportMetaUrl: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/**
 * Where an entry's bundle goes: in its package's node_modules/.cache, so that the npm packages
 * it imports resolve from its package as they do from the source (the gateway has its own).
 */
function outputPath(entry: string): string {
  const [top = '', name = ''] = entry.split('/');
  const packageDir = ['services', 'shared', 'test'].includes(top) ? join(top, name) : top;
  const file = relative(packageDir, entry).split(sep).join('-').replace(/\.ts$/, '.mjs');
  return join(repoRoot, packageDir, 'node_modules/.cache/switchboard-testing', file);
}

async function bundle(entry: string): Promise<string> {
  const out = outputPath(entry);
  const result = await build({
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
    plugins: [npmPackagesExternal, sourceImportMetaUrl],
  });
  await mkdir(dirname(out), { recursive: true });
  // Test files in parallel build the same entry: each writes its own file and renames it over.
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}`);
  await writeFile(partial, result.outputFiles[0]?.contents ?? '');
  await rename(partial, out);
  return out;
}

const built = new Map<string, Promise<string>>();

/** The runnable JavaScript for a TypeScript entry relative to the repo root (built on first use). */
export function bundled(entry: string): Promise<string> {
  let path = built.get(entry);
  if (!path) {
    path = bundle(entry);
    built.set(entry, path);
  }
  return path;
}
