/*
 * dependency-cruiser: the import rules the lint step keeps (`npm run lint`, ./manage.sh test).
 * No file import cycles anywhere, and the layers of services/<name>/src (services/README.md):
 * domain/ is pure, data/ returns rows, actions/ never speak HTTP.
 */

const layer = (...names) => `^services/[^/]+/src/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files import each other in a cycle: move what both need into a third file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds pure rules: it imports nothing from data, actions, http, messaging or jobs.',
      from: { path: layer('domain') },
      to: { path: layer('data', 'actions', 'http', 'messaging', 'jobs') },
    },
    {
      name: 'data-imports-no-upper-layer',
      severity: 'error',
      comment: 'data/ returns plain rows: it imports nothing from actions, http, messaging or jobs.',
      from: { path: layer('data') },
      to: { path: layer('actions', 'http', 'messaging', 'jobs') },
    },
    {
      name: 'actions-know-no-http',
      severity: 'error',
      comment: 'actions/ never import from http/: routes call actions, not the other way round.',
      from: { path: layer('actions') },
      to: { path: layer('http') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|drizzle|coverage)/' },
    // Type-only imports count: a cycle through types still ties the files together.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
