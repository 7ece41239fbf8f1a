// The subgraph runtime's suites, one after another in one test file: each test file loads the subgraph's modules into a
// registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each runs
// in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed here.
// One suite alone: `npx jest subgraphs/runtime/src/suites.test.ts -t '<its path below>'`.
describe('context', () => void require('./context.suite'));
describe('graph/graph-client', () => void require('./graph/graph-client.suite'));
describe('metrics/subgraph-metrics', () => void require('./metrics/subgraph-metrics.suite'));
describe('orm/read-only-entities', () => void require('./orm/read-only-entities.suite'));
describe('orm/statement-deadline', () => void require('./orm/statement-deadline.suite'));
describe('schema/pagination', () => void require('./schema/pagination.suite'));
describe('subgraph/subgraph-config', () => void require('./subgraph/subgraph-config.suite'));
