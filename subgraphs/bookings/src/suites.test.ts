// The bookings subgraph's suites, one after another in one test file: each test file loads the subgraph's modules
// into a registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each
// runs in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed
// here. One suite alone: `npx jest subgraphs/bookings/src/suites.test.ts -t '<its path below>'`.
describe('admin/admin-bookings', () => void require('./admin/admin-bookings.suite'));
describe('availability/availability-formats', () => void require('./availability/availability-formats.suite'));
describe('availability/availability', () => void require('./availability/availability.suite'));
describe('availability/free-slots', () => void require('./availability/free-slots.suite'));
describe('bookings/booking.entity', () => void require('./bookings/booking.entity.suite'));
describe('bookings/booking.reference', () => void require('./bookings/booking.reference.suite'));
describe('bookings/contributed-bookings', () => void require('./bookings/contributed-bookings.suite'));
describe('bookings/no-overlap', () => void require('./bookings/no-overlap.suite'));
describe('bookings/prepared-plans', () => void require('./bookings/prepared-plans.suite'));
describe('erasure/booking-erasure', () => void require('./erasure/booking-erasure.suite'));
describe('personal-data/personal-data-export', () => void require('./personal-data/personal-data-export.suite'));
describe('referrals/admin-referrals', () => void require('./referrals/admin-referrals.suite'));
describe('referrals/gp-letter', () => void require('./referrals/gp-letter.suite'));
describe('referrals/referrals', () => void require('./referrals/referrals.suite'));
describe('reminders/session-reminders', () => void require('./reminders/session-reminders.suite'));
describe('retention/booking-retention-purge', () => void require('./retention/booking-retention-purge.suite'));
describe('seed/seed-demo', () => void require('./seed/seed-demo.suite'));
describe('time/zoned-time', () => void require('./time/zoned-time.suite'));
