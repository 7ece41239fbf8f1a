/**
 * @jest-environment node
 */
// The dashboard's auth provider and its data provider (accounts, bookings, audit log, dashboard, deliveries, safety,
// webhooks, listings and the moderation queue) on the real platform (the gateway, the subgraphs and the delivery
// worker on the test PostgreSQL, demo data seeded), as four suites on one platform: a start costs about 11 s of CPU,
// and a separate one per suite cost a test run three more. They run one after another, in this order; a suite
// leaves what it changed (an account locked and unlocked, a role changed, a webhook endpoint added, a listing sent
// back), and the later ones expect no pristine data. The listings' suite goes last: it moderates three pending
// listings, one more than the audit-log suite leaves, and first has a demo listing sent for review again.
// One suite alone: `npx jest admin/src/providers.test.ts -t 'the auth provider'`.
import { stopSharedPlatform } from '../../test/support/shared-platform';
import { sharedTestPlatform } from './test/platform-session';
import './data/admin-resources.suite';
import './data/notification-resources.suite';
import './auth/auth-provider.suite';
import './data/listings.suite';

// An admin sign-in may wait for a fresh authenticator code (up to 30 s).
jest.setTimeout(90_000);

beforeAll(() => sharedTestPlatform(), 150_000);
afterAll(() => stopSharedPlatform(), 60_000);
