// The platform in production mode (test/production/production-platform.ts), as two suites on one platform: a trace
// that links the gateway, a subgraph and its SQL, then booking through the gateway, ending with the therapists
// subgraph frozen. The tracing suite goes first: it needs the therapists subgraph answering, and it reads the trace
// of the first request the gateway serves. A platform start and five migrations from empty fewer than as two files.
// One suite alone: `npx jest test/production.e2e.test.ts -t 'tracing'`.
import { productionPlatform, stopProduction } from './production/production-platform';
import './production/tracing.suite';
import './production/bookings.suite';

beforeAll(() => productionPlatform(), 120_000);
afterAll(() => stopProduction(), 60_000);
