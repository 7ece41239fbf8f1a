import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { createTestDatabase, startTestSubgraph, type TestDatabase } from '@caregraph/runtime/testing';
import { SCALE_PASSWORD, demoRoster, scaleClientEmail, scaleTherapistEmail } from '@caregraph/demo-data';
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { hashPassword } from '../passwords/password-hasher';
import { generateSigningKeyPem } from '../test/accounts-harness';
import { accountsSubgraph } from '../subgraph';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { seedDemo } from './seed-demo';

// The demo accounts' password and the demo admin's authenticator secret are published (README, npm start):
// production refuses to write them (`seed`) and to serve while any account still has one (`serve`).
const MAIN = path.resolve(__dirname, '../../dist/main.js');
const TOTP_KEY = randomBytes(32).toString('base64');
const SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const GATEWAY_KEYS = generateGatewayKeys();
// Each test starts the accounts service up to five times (seed, serve): on a 2-core machine that also runs
// the rest of the suite, that once took past 60 s.
const PROCESS_TEST_TIMEOUT_MS = 120_000;

function envFor(db: TestDatabase, nodeEnv: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: nodeEnv,
    LOG_LEVEL: 'info',
    ACCOUNTS_DATABASE_URL: db.url,
    ACCOUNTS_HOST: '127.0.0.1',
    ACCOUNTS_PORT: '0',
    ACCOUNTS_TOTP_KEYS: TOTP_KEY,
    ACCOUNTS_SIGNING_KEYS: SIGNING_KEY,
    INTERNAL_TOKEN_PUBLIC_KEY: GATEWAY_KEYS.publicKeyPem,
  };
  delete env.JEST_WORKER_ID; // the logger is silent under jest
  return env;
}

const seed = (db: TestDatabase, nodeEnv: string) => spawnSync(process.execPath, [MAIN, 'seed'], { env: envFor(db, nodeEnv), encoding: 'utf8' });

/** Starts `serve`; resolves with how it ended: `listening` (then stopped) or its exit code and stderr. */
function serve(db: TestDatabase, nodeEnv = 'production'): Promise<{ listening: boolean; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, 'serve'], { env: envFor(db, nodeEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('subgraph listening')) {
        child.once('exit', (code) => resolve({ listening: true, code, stderr }));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (!stdout.includes('subgraph listening')) resolve({ listening: false, code, stderr });
    });
  });
}

describe('demo credentials and production', () => {
  let db: TestDatabase;
  const users = () => db.orm.em.fork().count(User);

  beforeEach(async () => {
    db = await createTestDatabase(accountsSubgraph);
  });
  afterEach(() => db.drop());

  it('seed refuses NODE_ENV=production with a clear message and a non-zero exit, writing nothing', async () => {
    const run = seed(db, 'production');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/demo data.*production/i);
    expect(await users()).toBe(0);
  });

  it('serve refuses production while a demo account has the published password or authenticator secret, or the demo API client its secret, and starts once none is left', async () => {
    expect(seed(db, 'development').status).toBe(0);
    const refused = await serve(db);
    expect(refused).toMatchObject({ listening: false, code: 1 });
    expect(refused.stderr).toMatch(/published demo (password|credentials)/i);

    // New passwords for everyone: the demo admin's published authenticator secret is still there.
    const em = db.orm.em.fork();
    await em.nativeUpdate(User, {}, { passwordHash: await hashPassword(randomBytes(12).toString('hex')) });
    const stillRefused = await serve(db);
    expect(stillRefused).toMatchObject({ listening: false, code: 1 });
    expect(stillRefused.stderr).toMatch(/authenticator/i);

    await em.getConnection().execute('delete from mfa_totp_factors');
    // The demo practice's API client still has its published secret, until it is revoked.
    const clientRefused = await serve(db);
    expect(clientRefused).toMatchObject({ listening: false, code: 1 });
    expect(clientRefused.stderr).toMatch(/1 API client\(s\) still have the demo practice's published secret/);
    await em.getConnection().execute('update api_clients set revoked_at = now()');
    expect(await serve(db)).toMatchObject({ listening: true });
  }, PROCESS_TEST_TIMEOUT_MS);

  it('serve starts in production on an empty database, and outside production with the demo data', async () => {
    expect(await serve(db)).toMatchObject({ listening: true });
    expect(seed(db, 'development').status).toBe(0);
    expect(await serve(db, 'development')).toMatchObject({ listening: true });
  }, PROCESS_TEST_TIMEOUT_MS);

  it('checks the demo roster only: an account outside it is never tried against the demo password', async () => {
    const em = db.orm.em.fork();
    const roster = demoRoster();
    em.create(User, { email: 'someone@clinic.example', displayName: 'Someone', role: Role.CLIENT, passwordHash: await hashPassword('CaregraphDemo!2026') });
    await em.flush();
    expect(roster.users.some((u) => u.email === 'someone@clinic.example')).toBe(false);
    expect(await serve(db)).toMatchObject({ listening: true });
  }, PROCESS_TEST_TIMEOUT_MS);

  it('serve refuses production while the benchmark accounts of seed:scale keep their published password', async () => {
    const em = db.orm.em.fork();
    const scaleHash = await hashPassword(SCALE_PASSWORD);
    for (const email of [scaleTherapistEmail(1), scaleClientEmail(1), scaleClientEmail(2)]) {
      em.create(User, { email, displayName: 'Scale account', role: Role.CLIENT, passwordHash: scaleHash });
    }
    await em.flush();
    const refused = await serve(db);
    expect(refused).toMatchObject({ listening: false, code: 1 });
    expect(refused.stderr).toMatch(/3 demo or scale account\(s\) still have a published password/);
    expect(refused.stderr).not.toMatch(/scale-client|scale-therapist/); // counts, never addresses

    await em.nativeUpdate(User, {}, { passwordHash: await hashPassword(randomBytes(12).toString('hex')) });
    expect(await serve(db)).toMatchObject({ listening: true });
  }, PROCESS_TEST_TIMEOUT_MS);

  it("answers the gateway's question on /demo-credentials: true while a demo account has a published credential", async () => {
    process.env.ACCOUNTS_SIGNING_KEYS = generateSigningKeyPem(); // serving composes the signing keys
    const subgraph = await startTestSubgraph(accountsSubgraph);
    try {
      const ask = async () => (await fetch(subgraph.url.replace(/graphql$/, 'demo-credentials'))).json();
      expect(await ask()).toEqual({ demoCredentials: false });
      await subgraph.db.orm.em.fork().transactional((em) => seedDemo(em));
      expect(await ask()).toEqual({ demoCredentials: true });
    } finally {
      await subgraph.stop();
    }
  }, PROCESS_TEST_TIMEOUT_MS);
});
