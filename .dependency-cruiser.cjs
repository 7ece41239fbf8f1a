// Caregraph's dependency rules (ADR 019, docs/architecture.md#the-parts): which part may import which.
// `npx depcruise .` checks the repository by hand; test/dependency-rules.test.ts runs the same check in
// `npm test`. Paths are relative to the repository root.
const { entryPointSources } = require('./.dependency-cruiser.workspaces.cjs');

/** The four subgraphs: they meet only through the graph. */
const DOMAIN_SUBGRAPHS = '(accounts|therapists|bookings|care-plans)';
/** Server code: what the browser apps never import. */
const SERVER = '^(kernel|subgraphs|gateway|worker|scripts)/';
/** Test files, the suites a test file runs (`*.suite.ts`) and test helpers (src/test/), which run in Node under jest. */
const APP_TEST_FILE = ['^(admin|clients)/.*\\.(test|suite)\\.tsx?$', '^(admin|clients/[^/]+)/src/test/'];
/** The source files of what the workspace packages export: reaching one by its package name is the way in. */
const ENTRY_POINTS = `^(${entryPointSources.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
/** Folders that are packages with a src/ and a dist/ of their own. */
const PACKAGE = '(kernel|gateway|worker|admin|clients/[^/]+|subgraphs/[^/]+)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-subgraph-to-subgraph',
      comment: 'accounts, therapists, bookings and care-plans never import each other: ids cross subgraphs, code does not.',
      severity: 'error',
      from: { path: `^subgraphs/${DOMAIN_SUBGRAPHS}/` },
      to: { path: `^subgraphs/${DOMAIN_SUBGRAPHS}/`, pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'gateway-not-to-subgraphs',
      comment: 'The gateway builds on the kernel only: no subgraph code and no subgraph runtime (it would load the ORM).',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^subgraphs/' },
    },
    {
      name: 'worker-not-to-subgraphs',
      comment: 'The delivery worker reads outbox rows and builds on the kernel; it never imports subgraph code.',
      severity: 'error',
      from: { path: '^worker/' },
      to: { path: '^subgraphs/' },
    },
    {
      name: 'apps-not-to-server',
      comment: 'The browser apps talk to the graph over HTTP; they never import server code.',
      severity: 'error',
      from: { path: '^(admin|clients)/', pathNot: APP_TEST_FILE },
      to: { path: SERVER },
    },
    {
      name: 'apps-not-to-server',
      comment: "An app's tests may sign in as the demo people (the demo data), and import no other server code.",
      severity: 'error',
      from: { path: APP_TEST_FILE },
      to: { path: SERVER, pathNot: '^subgraphs/demo-data/' },
    },
    {
      name: 'apps-share-only-the-kit',
      comment: 'admin and the client apps share code only through clients/kit; the kit imports no app.',
      severity: 'error',
      from: { path: '^(admin|clients/[^/]+)/' },
      to: { path: '^(admin|clients/[^/]+)/', pathNot: ['^$1/', '^clients/kit/'] },
    },
    {
      name: 'kernel-no-domain',
      comment: 'The kernel is what the gateway, the subgraphs and the worker share; it knows none of them.',
      severity: 'error',
      from: { path: '^kernel/' },
      to: { path: '^(subgraphs|gateway|worker|clients|admin)/' },
    },
    {
      name: 'kernel-no-domain',
      comment: 'The kernel loads neither MikroORM nor type-graphql nor reflect-metadata: those belong to the subgraph runtime.',
      severity: 'error',
      from: { path: '^kernel/' },
      to: { path: '(^|/)node_modules/(@mikro-orm/|type-graphql/|reflect-metadata/)' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other at run time cannot be understood, tested or moved apart one at a time. ' +
        'A cycle with a type-only link (an entity and the guard typed by it) is no cycle at run time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-reaching-into-internals',
      comment: "Another package's compiled output is no interface: import the package by name.",
      severity: 'error',
      from: {},
      to: { path: `^${PACKAGE}/dist/` },
    },
    {
      name: 'no-reaching-into-internals',
      comment: "Another package's source is reached by its package name and exports, never by a relative path.",
      severity: 'error',
      from: { path: `^(${PACKAGE}|[^/]+)/` },
      to: { path: `^${PACKAGE}/src/`, pathNot: '^$1/', dependencyTypes: ['local'], dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'no-reaching-into-internals',
      comment: "Another package's source files other than its exported entry points are internals, however they are named.",
      severity: 'error',
      from: { path: `^(${PACKAGE}|[^/]+)/` },
      to: { path: `^${PACKAGE}/src/`, pathNot: ['^$1/', ENTRY_POINTS] },
    },
    {
      name: 'no-reaching-into-internals',
      comment: 'Only what a package exports may be imported: never @caregraph/<name>/dist/… or …/src/….',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^@caregraph/[^/]+/(dist|src)(/|$)' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package (a misspelt path, a missing dependency).',
      severity: 'error',
      from: { pathNot: '^bench/' },
      to: { couldNotResolve: true, pathNot: '^@caregraph/[^/]+/(dist|src)(/|$)' },
    },
    {
      name: 'not-to-unresolvable',
      comment: "bench/ installs its own packages on first use (bench/package.json): only its relative imports must resolve here.",
      severity: 'error',
      from: { path: '^bench/' },
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    // Installed packages and compiled output (dist/, and the client app's server renderer in dist-server/) are leaves: never cruised, but an import of one is still seen
    // (so an import into another package's dist/ breaks no-reaching-into-internals). Coverage, local data
    // and the generated GraphQL documents are left out altogether.
    doNotFollow: { path: '(^|/)(node_modules|dist|dist-server)/' },
    exclude: { path: '(^|/)(coverage|test-results|\\.data|\\.nx)/|(^|/)src/gql/' },
    // Type-only imports count: a type from another package is a dependency on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `@caregraph/<name>` resolves through the workspace symlinks to the package's source entry points.
    webpackConfig: { fileName: '.dependency-cruiser.workspaces.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
