/*
 * Prints the name of every npm workspace whose package.json defines the given script,
 * one a line (manage.sh uses it to find the chaos suites: `test:chaos`).
 * Usage: node scripts/workspaces-with-script.mjs <script>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/workspaces-with-script.mjs <script>');
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const patterns = readJson('package.json').workspaces ?? [];
const dirs = patterns.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [pattern];
  const parent = pattern.slice(0, -2);
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(parent, entry.name));
});

for (const dir of dirs) {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = readJson(manifest);
  if (pkg.scripts?.[script]) console.log(pkg.name ?? dir);
}
