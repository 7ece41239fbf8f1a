// Replicas proven on one machine (docs/deploying.md), as two suites on one platform of two processes of every
// service (test/replicas/replicas-platform.ts): the cache of public reads on two gateways sharing Redis, then what
// one replica learns or counts that the other knows, ending with a bookings replica killed mid-load. The cache's
// suite goes first: it expects an empty cache and a full set of replicas. Each suite changes listings of its own
// (the cache's suspends one and books another, from the end of the demo's approved online listings; the scale-out
// suite books the first two) and signs in demo clients the other does not. A replicated platform fewer than as two
// files: on 2026-12-07, a slow day, 55–61 s of CPU alone against 79–104 s as two files.
// One suite alone: `npx jest test/replicas.e2e.test.ts -t 'the cache of public reads'`.
import { replicasPlatform, stopReplicas } from './replicas/replicas-platform';
import './replicas/response-cache.suite';
import './replicas/scale-out.suite';

beforeAll(() => replicasPlatform(), 180_000);
afterAll(() => stopReplicas(), 60_000);
