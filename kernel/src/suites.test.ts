// The kernel's suites, one after another in one test file: each test file loads the subgraph's modules into a
// registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each runs
// in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed here.
// One suite alone: `npx jest kernel/src/suites.test.ts -t '<its path below>'`.
describe('auth/caller-claims', () => void require('./auth/caller-claims.suite'));
describe('auth/internal-token', () => void require('./auth/internal-token.suite'));
describe('auth/token-reuse', () => void require('./auth/token-reuse.suite'));
describe('bounded-map', () => void require('./bounded-map.suite'));
describe('config', () => void require('./config.suite'));
describe('errors', () => void require('./errors.suite'));
describe('http/deadline', () => void require('./http/deadline.suite'));
describe('http/graceful-server', () => void require('./http/graceful-server.suite'));
describe('http/read-body', () => void require('./http/read-body.suite'));
describe('http/readiness-monitor', () => void require('./http/readiness-monitor.suite'));
describe('limits/operation-cost-cache', () => void require('./limits/operation-cost-cache.suite'));
describe('limits/query-cost', () => void require('./limits/query-cost.suite'));
describe('metrics/heap-after-gc', () => void require('./metrics/heap-after-gc.suite'));
describe('request-logging', () => void require('./request-logging.suite'));
describe('shared-state', () => void require('./shared-state.suite'));
describe('tracing/scrub-sql', () => void require('./tracing/scrub-sql.suite'));
