import { graphqlRequest } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from '../start-gateway';
import { DEFAULT_ADMISSION } from './admission-limit';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';

/** A slow read every caller may make, and a write, through a real gateway over real HTTP. */
const SLOW_READ = '{ carePlans { id } }';
const WRITE = 'mutation { cancelBooking(id: "b7") { id } }';

describe('admission control at the gateway', () => {
  let subgraphs: TestSubgraphs;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const gateways: RunningGateway[] = [];
  // Two requests at a time and two waiting: small enough to fill from a test.
  const small = { ...DEFAULT_ADMISSION, initialLimit: 2, minLimit: 2, maxLimit: 2, targetLatencyMs: 60_000, maxQueueMs: 3000, maxQueueLength: 2 };
  const start = async (admission: typeof small | undefined) => {
    const gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { admission, subgraphTimeoutMs: 5000 }));
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('when full, refuses at once with 503, Retry-After and OVERLOADED, lets a write in before the reads waiting, and still answers /health', async () => {
    const gateway = await start(small);
    // Each read holds its slot 1.5 s. A refusal that waited for a slot, or for the queue's 3 s, comes after a read
    // has finished; one given at once comes before either running read is done, however loaded the machine
    // (CI saw 419 ms for one on a busy 2-core runner, a slow day's whole run 1,083 ms).
    subgraphs.controls.carePlansDelayMs = 1500;
    const done: string[] = [];
    const track = (name: string, query: string) => graphqlRequest(gateway.url, query).then((result) => (done.push(name), result));
    const running = [track('read 1', SLOW_READ), track('read 2', SLOW_READ)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = [track('read 3', SLOW_READ), track('read 4', SLOW_READ)];
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = performance.now();
    const refused = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SLOW_READ }) });
    const refusedInMs = performance.now() - started;
    const finishedBeforeRefusal = [...done];
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: unknown; data?: unknown };
    expect(body.errors).toEqual([{ message: expect.stringMatching(/very busy.*nothing was done/), extensions: { code: 'OVERLOADED', retryAfterSeconds: 1 } }]);
    expect(body.data).toBeUndefined();
    expect(finishedBeforeRefusal).toEqual([]);
    expect(refusedInMs).toBeLessThan(1500);

    const health = await fetch(gateway.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);

    // A write arriving now pushes the last anonymous read out of the full queue and goes next.
    const write = track('write', WRITE);
    const results = await Promise.all([...running, ...waiting, write]);
    expect(results[3].status).toBe(503);
    expect(results[3].errors?.[0].extensions?.code).toBe('OVERLOADED');
    expect(results[4].errors).toBeUndefined();
    expect(subgraphs.controls.cancelled).toContain('b7');
    expect(done.indexOf('write')).toBeLessThan(done.indexOf('read 3'));
    expect(results[2].errors).toBeUndefined();

    const metrics = await (await fetch(`${gateway.opsUrl}/metrics`)).text();
    expect(metrics).toMatch(/caregraph_overloaded_total\{priority="anonymous_read",reason="queue_full"[^}]*\} 2/);
    expect(metrics).toMatch(/caregraph_admitted_total\{priority="write"[^}]*\} 1/);
    expect(metrics).toMatch(/caregraph_admission_limit(\{[^}]*\})? 2/);
  }, 20_000);

  it('refuses nothing when turned off (GATEWAY_ADMISSION=off)', async () => {
    const gateway = await start(undefined);
    subgraphs.controls.carePlansDelayMs = 300;
    const results = await Promise.all(Array.from({ length: 8 }, () => graphqlRequest(gateway.url, SLOW_READ)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const metrics = await (await fetch(`${gateway.opsUrl}/metrics`)).text();
    expect(metrics).not.toMatch(/caregraph_admitted_total\{/);
  }, 20_000);
});
