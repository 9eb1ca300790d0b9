/*
 * Fails when the npm workspaces depend on each other in a cycle (dependencies and
 * devDependencies alike: turbo orders `build` by both and refuses a cycle, and so does a
 * fresh clone's `./manage.sh start`). Prints every cycle found, e.g.
 *   cycle: @switchboard/db -> @switchboard/testing -> @switchboard/db
 * A package that depends on itself by name counts too.
 * Usage: node scripts/check-workspace-graph.mjs (from the repository root)
 */
import { workspaces } from './lib.mjs';

const packages = workspaces().map(({ dir, pkg }) => ({ name: pkg.name ?? dir, pkg }));
const names = new Set(packages.map((p) => p.name));
/** Each workspace's dependencies on other workspaces (external packages cannot close a cycle). */
const graph = new Map(
  packages.map(({ name, pkg }) => [
    name,
    Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((dep) => names.has(dep)),
  ]),
);

// Depth-first search; an edge back into the current path closes a cycle.
const done = new Set();
const cycles = [];
function visit(name, path) {
  const start = path.indexOf(name);
  if (start >= 0) {
    cycles.push([...path.slice(start), name]);
    return;
  }
  if (done.has(name)) return;
  for (const dep of graph.get(name)) visit(dep, [...path, name]);
  done.add(name);
}
for (const name of graph.keys()) visit(name, []);

for (const cycle of cycles) console.error(`cycle: ${cycle.join(' -> ')}`);
if (cycles.length > 0) {
  console.error(`${cycles.length} workspace dependency cycle(s): turbo cannot order the build.`);
  process.exit(1);
}
console.log(`${graph.size} workspaces, no dependency cycle`);
