// The gateway's suites, one after another in one test file: each test file loads the subgraph's modules into a
// registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each runs
// in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed here.
// One suite alone: `npx jest gateway/src/suites.test.ts -t '<its path below>'`.
describe('admission/admission-limit', () => void require('./admission/admission-limit.suite'));
describe('admission/admission', () => void require('./admission/admission.suite'));
describe('admission/priority', () => void require('./admission/priority.suite'));
describe('attacks/alias-flood', () => void require('./attacks/alias-flood.suite'));
describe('attacks/batch-array', () => void require('./attacks/batch-array.suite'));
describe('attacks/cost', () => void require('./attacks/cost.suite'));
describe('attacks/csrf-simple-request', () => void require('./attacks/csrf-simple-request.suite'));
describe('attacks/deep-nesting', () => void require('./attacks/deep-nesting.suite'));
describe('attacks/get-mutation', () => void require('./attacks/get-mutation.suite'));
describe('attacks/introspection-production', () => void require('./attacks/introspection-production.suite'));
describe('attacks/oversized-body', () => void require('./attacks/oversized-body.suite'));
describe('attacks/resolver-leak', () => void require('./attacks/resolver-leak.suite'));
describe('attacks/subgraph-killed', () => void require('./attacks/subgraph-killed.suite'));
describe('attacks/token-flood', () => void require('./attacks/token-flood.suite'));
describe('client-address', () => void require('./client-address.suite'));
describe('composition-cache', () => void require('./composition-cache.suite'));
describe('config', () => void require('./config.suite'));
describe('deadline', () => void require('./deadline.suite'));
describe('delegation', () => void require('./delegation.suite'));
describe('demo-credentials-check', () => void require('./demo-credentials-check.suite'));
describe('gateway', () => void require('./gateway.suite'));
describe('limits/list-sizes', () => void require('./limits/list-sizes.suite'));
describe('limits/real-operations', () => void require('./limits/real-operations.suite'));
describe('main', () => void require('./main.suite'));
describe('metrics', () => void require('./metrics.suite'));
describe('operation-reuse', () => void require('./operation-reuse.suite'));
describe('persisted-queries/apq', () => void require('./persisted-queries/apq.suite'));
describe('persisted-queries/trusted-documents', () => void require('./persisted-queries/trusted-documents.suite'));
describe('production-errors', () => void require('./production-errors.suite'));
describe('rate-limit', () => void require('./rate-limit.suite'));
describe('response-cache/store', () => void require('./response-cache/store.suite'));
describe('response-shaping', () => void require('./response-shaping.suite'));
describe('revocation', () => void require('./revocation.suite'));
describe('subgraph-data-source', () => void require('./subgraph-data-source.suite'));
describe('supergraph-file', () => void require('./supergraph-file.suite'));
describe('supergraph-watch', () => void require('./supergraph-watch.suite'));
describe('system-relay', () => void require('./system-relay.suite'));
describe('user-token', () => void require('./user-token.suite'));
