// The delivery worker's suites, one after another in one test file: each test file loads the subgraph's modules into a
// registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each runs
// in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed here.
// One suite alone: `npx jest worker/src/suites.test.ts -t '<its path below>'`.
describe('delivery', () => void require('./delivery.suite'));
describe('messages/dates', () => void require('./messages/dates.suite'));
describe('messages/escape', () => void require('./messages/escape.suite'));
describe('messages/kinds', () => void require('./messages/kinds.suite'));
describe('messages/links', () => void require('./messages/links.suite'));
describe('messages/privacy', () => void require('./messages/privacy.suite'));
describe('messages/render', () => void require('./messages/render.suite'));
describe('messages/waitlist', () => void require('./messages/waitlist.suite'));
describe('messages/wording', () => void require('./messages/wording.suite'));
describe('relay/prune-outbox', () => void require('./relay/prune-outbox.suite'));
describe('webhook-delivery', () => void require('./webhook-delivery.suite'));
describe('webhooks/event-types', () => void require('./webhooks/event-types.suite'));
describe('webhooks/post-webhook', () => void require('./webhooks/post-webhook.suite'));
describe('webhooks/sign', () => void require('./webhooks/sign.suite'));
