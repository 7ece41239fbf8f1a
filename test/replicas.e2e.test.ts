// Replicas proven on one machine (docs/deploying.md), as two suites on one platform of two processes of every
// service (test/replicas/replicas-platform.ts): a replicated start costs about twice a plain one's 9 s of CPU.
// They run one after another, in this order: the scale-out suite first, since the cache suite suspends a listing it
// books with; the scale-out suite's last test kills a bookings replica, and the cache suite then runs on the one left,
// through the same round-robin, as a deployment would while the other restarts.
// One suite alone: `npx jest test/replicas.e2e.test.ts -t 'the cache of public reads'`.
import { replicasPlatform } from './replicas/replicas-platform';
import { stopSharedPlatform } from './support/shared-platform';
import './replicas/scale-out.suite';
import './replicas/response-cache.suite';

beforeAll(() => replicasPlatform(), 180_000);
afterAll(() => stopSharedPlatform(), 60_000);
