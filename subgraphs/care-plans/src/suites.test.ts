// The care-plans subgraph's suites, one after another in one test file: each test file loads the subgraph's modules
// into a registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each
// runs in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed
// here. One suite alone: `npx jest subgraphs/care-plans/src/suites.test.ts -t '<its path below>'`.
describe('access/care-plan-access', () => void require('./access/care-plan-access.suite'));
describe('access/client-consent', () => void require('./access/client-consent.suite'));
describe('access/not-found-names', () => void require('./access/not-found-names.suite'));
describe('care-plans/care-plan-lists', () => void require('./care-plans/care-plan-lists.suite'));
describe('care-plans/care-plan-writes', () => void require('./care-plans/care-plan-writes.suite'));
describe('care-plans/care-plan.entity', () => void require('./care-plans/care-plan.entity.suite'));
describe('care-plans/care-plan.reference', () => void require('./care-plans/care-plan.reference.suite'));
describe('care-plans/contributed-care-plans', () => void require('./care-plans/contributed-care-plans.suite'));
describe('erasure/care-plan-erasure', () => void require('./erasure/care-plan-erasure.suite'));
describe('measures/escalated-risk-flags', () => void require('./measures/escalated-risk-flags.suite'));
describe('measures/open-risk-flags', () => void require('./measures/open-risk-flags.suite'));
describe('n-plus-one', () => void require('./n-plus-one.suite'));
describe('notices/care-notices', () => void require('./notices/care-notices.suite'));
describe('personal-data/personal-data-export', () => void require('./personal-data/personal-data-export.suite'));
describe('retention/care-plan-retention-purge', () => void require('./retention/care-plan-retention-purge.suite'));
describe('reviews/progress-review', () => void require('./reviews/progress-review.suite'));
describe('seed/seed-demo', () => void require('./seed/seed-demo.suite'));
