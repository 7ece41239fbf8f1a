// The notifications subgraph's suites, one after another in one test file: each test file loads the subgraph's
// modules into a registry of its own, and one registry for them all took 0.33 s of CPU a suite less
// (docs/testing.md). Each runs in a describe block of its own, so its hooks and its state stay its own. A test file
// that mocks a module (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every
// suite is listed here. One suite alone: `npx jest subgraphs/notifications/src/suites.test.ts -t '<its path
// below>'`.
describe('command-line', () => void require('./command-line.suite'));
describe('config', () => void require('./config.suite'));
describe('deliveries/deliveries', () => void require('./deliveries/deliveries.suite'));
describe('deliveries/retry-delivery', () => void require('./deliveries/retry-delivery.suite'));
describe('inbox/inbox', () => void require('./inbox/inbox.suite'));
describe('personal-data/personal-data', () => void require('./personal-data/personal-data.suite'));
describe('preferences/preferences', () => void require('./preferences/preferences.suite'));
describe('schema-version/schema-wait', () => void require('./schema-version/schema-wait.suite'));
describe('seed/seed-demo', () => void require('./seed/seed-demo.suite'));
describe('unsubscribe/unsubscribe', () => void require('./unsubscribe/unsubscribe.suite'));
describe('webhooks/webhooks', () => void require('./webhooks/webhooks.suite'));
