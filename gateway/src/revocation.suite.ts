import { createInternalTokenVerifier } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { AccountsKeys } from './accounts-keys';
import { startGateway, type RunningGateway } from './start-gateway';
import { startFakeAccounts, type FakeAccounts } from './test/fake-accounts';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';
import { createUserTokenVerifier } from './user-token';

/** The gateway's promise: a revocation or a removed key bites within this long. */
const BOUND_MS = 5000;
const POLL_MS = 200;
const MAX_STALENESS_MS = 1500;
const KEYS_REFRESH_MS = 500;

describe('revoked sessions and removed keys at the gateway', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let accounts: FakeAccounts;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

  beforeAll(async () => {
    accounts = await startFakeAccounts();
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(
      testGatewayConfig(schema.dir, subgraphs.urls, {
        accountsJwksUrl: accounts.jwksUrl,
        revocationPollMs: POLL_MS,
        revocationMaxStalenessMs: MAX_STALENESS_MS,
        accountsKeysRefreshMs: KEYS_REFRESH_MS,
      }),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
    await accounts?.server.close(100);
  });

  const ask = (token?: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Milliseconds until `token` gets `status` (throws past twice the bound). */
  async function answersWith(token: string, status: number): Promise<number> {
    const since = Date.now();
    for (;;) {
      const response = await ask(token);
      await response.arrayBuffer();
      if (response.status === status) return Date.now() - since;
      if (Date.now() - since > 2 * BOUND_MS) throw new Error(`still ${response.status}, not ${status}, after ${Date.now() - since} ms`);
      await sleep(50);
    }
  }

  it('polls the list with an internal token signed for the accounts subgraph', async () => {
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    const latest = accounts.pollAuthorizations.at(-1);
    expect((await verifier.verify(latest)).caller).toEqual({ userId: null, roles: [] });
  });

  it('refuses a revoked session within the bound; the same person\'s other session and other people go on', async () => {
    const userId = randomUUID();
    const sessionId = randomUUID();
    const [revoked, sameUserOtherSession, someoneElse] = await Promise.all([
      accounts.sign({ userId, sessionId }),
      accounts.sign({ userId, sessionId: randomUUID() }),
      accounts.sign(),
    ]);
    for (const token of [revoked, sameUserOtherSession, someoneElse]) expect((await ask(token)).status).toBe(200);
    accounts.revokeSession(sessionId);
    expect(await answersWith(revoked, 401)).toBeLessThan(BOUND_MS);
    const body = (await (await ask(revoked)).json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('Sign in again'), extensions: { code: 'UNAUTHENTICATED' } });
    expect((await ask(sameUserOtherSession)).status).toBe(200);
    expect((await ask(someoneElse)).status).toBe(200);
  });

  it('refuses every token a user had before their revocation, and accepts one issued after it', async () => {
    const userId = randomUUID();
    const before = await accounts.sign({ userId, issuedAt: Math.floor(Date.now() / 1000) - 60 });
    expect((await ask(before)).status).toBe(200);
    accounts.revokeUser(userId, new Date(Date.now() - 1000));
    expect(await answersWith(before, 401)).toBeLessThan(BOUND_MS);
    const after = await accounts.sign({ userId });
    expect((await ask(after)).status).toBe(200);
  });

  it('50 requests at once as a session is revoked: none succeeds after the bound', async () => {
    const sessionId = randomUUID();
    const token = await accounts.sign({ sessionId });
    expect((await ask(token)).status).toBe(200);
    const outcomes: Array<{ sentAt: number; status: number }> = [];
    const burst = () => Promise.all(Array.from({ length: 50 }, async () => {
      const sentAt = Date.now();
      const response = await ask(token);
      await response.arrayBuffer();
      outcomes.push({ sentAt, status: response.status });
    }));
    const revokedAt = Date.now();
    accounts.revokeSession(sessionId);
    await burst();
    const late = () => outcomes.filter((o) => o.sentAt > revokedAt + BOUND_MS).length;
    while (late() < 50 && Date.now() - revokedAt < 4 * BOUND_MS) {
      await burst();
      await sleep(200);
    }
    // Answered or refused; on a loaded machine admission control may also shed a few at once (503, ADR 024).
    expect(outcomes.filter((o) => ![200, 401, 503].includes(o.status))).toEqual([]);
    expect(outcomes.filter((o) => o.status !== 503).length).toBeGreaterThanOrEqual(50);
    expect(outcomes.filter((o) => o.status === 200 && o.sentAt > revokedAt + BOUND_MS)).toEqual([]);
    expect(outcomes.filter((o) => o.sentAt > revokedAt + BOUND_MS).length).toBeGreaterThanOrEqual(50);
  });

  it('forgets tokens verified with a key that left the JWKS, and refuses them; tokens of the remaining key go on', async () => {
    await accounts.addKey();
    const [oldKeyToken, newKeyToken] = await Promise.all([accounts.sign({ keyIndex: 0 }), accounts.sign({ keyIndex: 1 })]);
    expect((await ask(oldKeyToken)).status).toBe(200); // verified and remembered
    expect((await ask(newKeyToken)).status).toBe(200);
    accounts.removeKey(0);
    expect(await answersWith(oldKeyToken, 401)).toBeLessThan(BOUND_MS);
    expect((await ask(newKeyToken)).status).toBe(200);
  });

  it('fails closed for signed-in requests while the list cannot be polled, serves anonymous ones, and recovers', async () => {
    const token = await accounts.sign({ keyIndex: 1 });
    expect((await ask(token)).status).toBe(200);
    accounts.failing = true;
    let reachableAgainAt = 0;
    try {
      const waited = await answersWith(token, 503);
      expect(waited).toBeLessThan(MAX_STALENESS_MS + 2 * POLL_MS + 1000);
      const body = (await (await ask(token)).json()) as { errors: Array<{ message: string }> };
      expect(body.errors[0].message).toMatch(/cannot be checked right now/);
      expect((await ask()).status).toBe(200);
    } finally {
      accounts.failing = false;
      reachableAgainAt = Date.now();
    }
    // Recovery is timed from the gateway's first poll that accounts answered: on two busy cores the poll timer
    // itself can fire late, and that lateness is the machine's, not the gateway's (answersWith still fails
    // past twice the bound from the moment accounts was reachable again).
    await answersWith(token, 200);
    const servedAt = Date.now();
    const firstAnswered = accounts.answeredPolls.find((at) => at >= reachableAgainAt);
    expect(firstAnswered).toBeDefined();
    expect(servedAt - firstAnswered!).toBeLessThan(BOUND_MS);
  });
});

describe('the verified-token cache', () => {
  let accounts: FakeAccounts;
  beforeAll(async () => {
    accounts = await startFakeAccounts();
  });
  afterAll(() => accounts.server.close(100));

  /** Keys that count how often a signature is actually checked. */
  function countingKeys() {
    const keys = new AccountsKeys(new URL(accounts.jwksUrl), { refreshMs: 60_000, timeoutMs: 1000, unknownKidCooldownMs: 0 });
    let checks = 0;
    const getKey = keys.getKey;
    Object.defineProperty(keys, 'getKey', { value: (...args: Parameters<typeof getKey>) => ((checks += 1), getKey(...args)) });
    return { keys, checks: () => checks };
  }

  it('remembers a verified token for at most its maximum age, then verifies it again', async () => {
    const { keys, checks } = countingKeys();
    const verifier = createUserTokenVerifier(accounts.jwksUrl, { keys, cacheMaxAgeMs: 300 });
    const token = await accounts.sign();
    await verifier.callerOf(`Bearer ${token}`);
    await verifier.callerOf(`Bearer ${token}`);
    expect(checks()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await verifier.callerOf(`Bearer ${token}`);
    expect(checks()).toBe(2);
  });

  it('never remembers a token past its expiry', async () => {
    const { keys } = countingKeys();
    const verifier = createUserTokenVerifier(accounts.jwksUrl, { keys, cacheMaxAgeMs: 60_000 });
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const token = await accounts.sign({ expiresAt });
    await expect(verifier.callerOf(`Bearer ${token}`)).resolves.toMatchObject({ roles: ['CLIENT'] });
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
    await expect(verifier.callerOf(`Bearer ${token}`)).rejects.toMatchObject({ message: expect.stringContaining('expired'), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers 503 rather than accept a token when the list is stale, and 401 when revoked', async () => {
    const { keys } = countingKeys();
    const token = await accounts.sign();
    let verdict: 'valid' | 'revoked' | 'unknown' = 'unknown';
    const verifier = createUserTokenVerifier(accounts.jwksUrl, { keys, revocations: { verdict: () => verdict } });
    await expect(verifier.callerOf(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 503 } } });
    verdict = 'revoked';
    await expect(verifier.callerOf(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    verdict = 'valid';
    await expect(verifier.callerOf(`Bearer ${token}`)).resolves.toMatchObject({ roles: ['CLIENT'] });
    // Anonymous requests never depend on the list.
    verdict = 'unknown';
    await expect(verifier.callerOf(undefined)).resolves.toEqual({ userId: null, roles: [] });
  });
});
