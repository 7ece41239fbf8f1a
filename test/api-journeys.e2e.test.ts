// The graph's end-to-end journeys through the gateway, as six suites on one platform (the platform as `npm start`
// runs it, on the test PostgreSQL, demo data seeded): a start costs about 9 s of CPU, and a platform per suite cost
// a test run five more. They run one after another, in this order. Each signs in demo people the others leave
// alone, or leaves them as it found them. The integrators' suite checks that the demo practice sees nothing of its
// referral, so it runs before the examples' suite, which refers a person through the demo practice and subscribes
// it to events; the revocation suite, which locks, deletes and changes the role of demo clients, runs last.
// Configuration they need together: test/api/api-platform.ts.
// One suite alone: `npx jest test/api-journeys.e2e.test.ts -t 'care plans through the gateway'`.
import { apiPlatform, stopApiPlatform } from './api/api-platform';
import './api/care-plans.suite';
import './api/login-behind-proxy.suite';
import './api/integrators.suite';
import './api/schema-examples.suite';
import './api/notifications.suite';
import './api/session-revocation.suite';

beforeAll(() => apiPlatform(), 150_000);
afterAll(() => stopApiPlatform(), 60_000);
