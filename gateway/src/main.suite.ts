import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { graphqlRequest, waitForStatus } from '@caregraph/kernel/testing';
import { TEST_GATEWAY_KEYS, tempSchemaDir, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs } from './test/test-subgraphs';

const MAIN = path.resolve(__dirname, '../dist/main.js');

/** Starts `node dist/main.js` (with an IPC channel when `ipc`, as the dev orchestrator does) on free ports against `dir`; resolves with the process, its URL and its operations URL once it listens. */
function startMain(dir: string, ipc: boolean, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; opsUrl: string; stderr: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    PORT: '0',
    HOST: '127.0.0.1',
    READINESS_INTERVAL_MS: '200',
    SCHEMA_DIR: dir,
    SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'),
    LOG_LEVEL: 'info',
    INTERNAL_TOKEN_PRIVATE_KEY: TEST_GATEWAY_KEYS.privateKeyPem,
  };
  delete env.JEST_WORKER_ID; // the logger is silent under jest
  const child = ipc
    ? fork(MAIN, [], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], execArgv: [] })
    : spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /"url":"([^"]+)","opsUrl":"([^"]+)"/.exec(stdout);
      if (match) resolve({ child, url: match[1], opsUrl: match[2], stderr: () => stderr });
    });
    child.once('exit', (code) => reject(Object.assign(new Error(`exited with ${code}: ${stderr}`), { code, stderr })));
  });
}

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

describe('node gateway/dist/main.js', () => {
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx tsc -b gateway/tsconfig.build.json)`);
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
  });
  afterAll(() => schema?.remove());

  it('serves, then drains and exits 0 on SIGTERM', async () => {
    const { child, url, opsUrl } = await startMain(schema.dir, false);
    const health = await fetch(url.replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
    // Operations endpoints on their own port, on loopback unless OPS_HOST says otherwise.
    expect(opsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${opsUrl}/live`)).status).toBe(200);
    expect((await fetch(url.replace(/graphql$/, 'metrics'))).status).toBe(404);
    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });

  it('on SIGTERM, turns /ready 503 at once, finishes the requests in flight, then exits 0', async () => {
    const subgraphs = await startTestSubgraphs();
    try {
      subgraphs.controls.carePlansDelayMs = 800;
      const { child, url, opsUrl } = await startMain(schema.dir, false, {
        ACCOUNTS_URL: subgraphs.urls.accounts,
        THERAPISTS_URL: subgraphs.urls.therapists,
        BOOKINGS_URL: subgraphs.urls.bookings,
        CARE_PLANS_URL: subgraphs.urls['care-plans'],
        NOTIFICATIONS_URL: subgraphs.urls.notifications,
        GATEWAY_SHUTDOWN_DELAY_MS: '500',
      });
      const readyUrl = `${opsUrl}/ready`;
      await waitForStatus(readyUrl, 200);
      const inFlight = graphqlRequest(url, 'query Plans { carePlans { title } }');
      await new Promise((resolve) => setTimeout(resolve, 150));
      child.kill('SIGTERM');
      // The load balancer's next probe: not ready (at once, not at the next background check), while the replica still answers.
      const signalled = performance.now();
      await waitForStatus(readyUrl, 503, 1000);
      expect(performance.now() - signalled).toBeLessThan(1000);
      const ready = await fetch(readyUrl);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'stopping' });
      expect(ready.headers.get('connection')).toBe('close');
      await expect(inFlight).resolves.toMatchObject({ status: 200, data: { carePlans: [{ title: 'Back to the allotment' }] } });
      expect(await exitCode(child)).toBe(0);
      await expect(fetch(readyUrl)).rejects.toThrow();
    } finally {
      await subgraphs.stop();
    }
  });

  it('exits 0 when the parent that started it with an IPC channel goes away', async () => {
    const { child } = await startMain(schema.dir, true);
    child.disconnect();
    expect(await exitCode(child)).toBe(0);
  });

  it('refuses to start without a supergraph, naming npm run schema', async () => {
    const empty = await tempSchemaDir();
    const failure = startMain(empty.dir, false);
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/npm run schema/) });
    await empty.remove();
  });
});
