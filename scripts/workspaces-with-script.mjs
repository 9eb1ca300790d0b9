/*
 * Prints the name of every npm workspace whose package.json defines the given script,
 * one a line (manage.sh uses it to find the chaos suites: `test:chaos`).
 * Usage: node scripts/workspaces-with-script.mjs <script>
 */
import { workspaces } from './lib.mjs';

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/workspaces-with-script.mjs <script>');
  process.exit(2);
}

for (const { dir, pkg } of workspaces()) {
  if (pkg.scripts?.[script]) console.log(pkg.name ?? dir);
}
