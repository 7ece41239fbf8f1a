// The therapists subgraph's suites, one after another in one test file: each test file loads the subgraph's modules
// into a registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each
// runs in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed
// here. One suite alone: `npx jest subgraphs/therapists/src/suites.test.ts -t '<its path below>'`.
describe('admin/admin-therapists', () => void require('./admin/admin-therapists.suite'));
describe('geocoding/offline-geocoder', () => void require('./geocoding/offline-geocoder.suite'));
describe('geocoding/postcodes-io-geocoder', () => void require('./geocoding/postcodes-io-geocoder.suite'));
describe('listing/bad-input', () => void require('./listing/bad-input.suite'));
describe('listing/geocoder-wiring', () => void require('./listing/geocoder-wiring.suite'));
describe('listing/pending-changes', () => void require('./listing/pending-changes.suite'));
describe('location/postcode', () => void require('./location/postcode.suite'));
describe('location/therapist-coverage', () => void require('./location/therapist-coverage.suite'));
describe('moderation/admin-moderation', () => void require('./moderation/admin-moderation.suite'));
describe('moderation/lifecycle', () => void require('./moderation/lifecycle.suite'));
describe('moderation/moderation-queue', () => void require('./moderation/moderation-queue.suite'));
describe('moderation/transitions', () => void require('./moderation/transitions.suite'));
describe('n-plus-one', () => void require('./n-plus-one.suite'));
describe('notices/listing-notices', () => void require('./notices/listing-notices.suite'));
describe('personal-data/personal-data-export', () => void require('./personal-data/personal-data-export.suite'));
describe('search/search-page', () => void require('./search/search-page.suite'));
describe('search/search-plan', () => void require('./search/search-plan.suite'));
describe('search/therapist-search', () => void require('./search/therapist-search.suite'));
describe('seed/seed-demo', () => void require('./seed/seed-demo.suite'));
describe('therapists/hcpc-number', () => void require('./therapists/hcpc-number.suite'));
describe('therapists/listing-reads', () => void require('./therapists/listing-reads.suite'));
describe('therapists/therapist.entity', () => void require('./therapists/therapist.entity.suite'));
describe('therapists/therapist.reference', () => void require('./therapists/therapist.reference.suite'));
describe('therapists/therapist.resolver', () => void require('./therapists/therapist.resolver.suite'));
describe('therapists/visibility', () => void require('./therapists/visibility.suite'));
