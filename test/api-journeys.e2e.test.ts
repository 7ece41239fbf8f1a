// The graph's end-to-end journeys through the gateway, and the admin dashboard in a browser, as seven suites on one
// platform (the platform as `npm start` runs it, on the test PostgreSQL, demo data seeded, serving the dashboard): a
// start costs about 9 s of CPU on a fast day and twice that on a slow one, and a platform per suite cost a test run
// six more. They run one after another, in this order. Each signs in demo people the others leave alone, or leaves
// them as it found them. The integrators' suite checks that the demo practice sees nothing of its referral, so it
// runs before the examples' suite, which refers a person through the demo practice and subscribes it to events. The
// dashboard's suite moderates two of the demo's pending listings (the examples' suite only counts the queue), locks
// client11 (whom the integrators' suite refers first) and finds the escalation the notifications suite raised
// beside the seeded one; the revocation suite, which locks, deletes and changes the role of demo clients, runs last.
// Configuration they need together: test/api/api-platform.ts.
// One suite alone: `npx jest test/api-journeys.e2e.test.ts -t 'care plans through the gateway'`.
import { apiPlatform, stopApiPlatform } from './api/api-platform';
import './api/care-plans.suite';
import './api/login-behind-proxy.suite';
import './api/integrators.suite';
import './api/schema-examples.suite';
import './api/notifications.suite';
import './api/admin-dashboard.suite';
import './api/session-revocation.suite';

beforeAll(() => apiPlatform(), 150_000);
afterAll(() => stopApiPlatform(), 60_000);
