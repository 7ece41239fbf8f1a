/**
 * @jest-environment node
 */
// The dashboard's auth provider and the data provider's accounts, bookings, audit-log, dashboard, deliveries,
// safety and webhook parts on the real platform (the gateway, the subgraphs and the delivery worker on the test
// PostgreSQL, demo data seeded), as three suites on one platform: a start costs about 11 s of CPU, and a separate
// one per suite cost a test run two more. They run one after another, in this order; a suite leaves what it
// changed (an account locked and unlocked, a role changed, a webhook endpoint added), and the later ones expect
// no pristine data. The listings' suite (data/data-provider.test.ts) has a platform of its own: it moderates all
// three of the demo's pending listings, and the audit-log suite here needs one of them.
// One suite alone: `npx jest admin/src/providers.test.ts -t 'the auth provider'`.
import { stopSharedPlatform } from '../../test/support/shared-platform';
import { sharedTestPlatform } from './test/platform-session';
import './data/admin-resources.suite';
import './data/notification-resources.suite';
import './auth/auth-provider.suite';

// An admin sign-in may wait for a fresh authenticator code (up to 30 s).
jest.setTimeout(90_000);

beforeAll(() => sharedTestPlatform(), 150_000);
afterAll(() => stopSharedPlatform(), 60_000);
