import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TEST_GATEWAY_KEYS, tempSchemaDir, writeSchemaDir } from './test/schema-dir';

// In production the gateway asks accounts whether any account has a published demo credential before it
// serves, and refuses to start while one does (or while accounts cannot say).
const MAIN = path.resolve(__dirname, '../dist/main.js');

/** A stand-in for accounts' `/demo-credentials`. */
async function accountsSaying(answer: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/demo-credentials') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs the gateway in production against `accountsUrl`: `listening` (then stopped), or its exit code and stderr. */
function runGateway(dir: string, accountsUrl: string, extra: Record<string, string> = {}): Promise<{ listening: boolean; code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    SCHEMA_DIR: dir,
    SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'),
    LOG_LEVEL: 'info',
    INTERNAL_TOKEN_PRIVATE_KEY: TEST_GATEWAY_KEYS.privateKeyPem,
    ACCOUNTS_URL: accountsUrl,
    ...extra,
  };
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (/"url":"/.test(stdout)) {
        child.once('exit', (code) => resolve({ listening: true, code, stderr }));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (!/"url":"/.test(stdout)) resolve({ listening: false, code, stderr });
    });
  });
}

describe('the gateway and published demo credentials, in production', () => {
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  beforeAll(async () => {
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
  });
  afterAll(() => schema?.remove());

  it('refuses to start while accounts reports a published demo credential', async () => {
    const accounts = await accountsSaying({ demoCredentials: true });
    try {
      const run = await runGateway(schema.dir, accounts.url);
      expect(run).toMatchObject({ listening: false, code: 1 });
      expect(run.stderr).toMatch(/published demo credential/);
    } finally {
      await accounts.close();
    }
  });

  it('starts when accounts reports none', async () => {
    const accounts = await accountsSaying({ demoCredentials: false });
    try {
      expect(await runGateway(schema.dir, accounts.url)).toMatchObject({ listening: true });
    } finally {
      await accounts.close();
    }
  });

  it('starts on a test rig that accepts the demo credentials explicitly', async () => {
    const accounts = await accountsSaying({ demoCredentials: true });
    try {
      expect(await runGateway(schema.dir, accounts.url, { ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION: 'true' })).toMatchObject({ listening: true });
    } finally {
      await accounts.close();
    }
  });
});
