import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS } from '@caregraph/runtime/testing';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, createUser } from '../test/mfa-helpers';
import { Role } from '../users/role';
import { TOKEN_PATH } from './token.route';

const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
const VERIFY = 'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }';
const CREATE_CLIENT = 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { clientSecret apiClient { id } } }';
const ROTATE = 'mutation($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) { clientSecret } }';
const REVOKE = 'mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }';

type TokenAnswer = { access_token?: string; token_type?: string; expires_in?: number; scope?: string; error?: string; error_description?: string; code?: string };

describe('the OAuth token endpoint (client-credentials grant)', () => {
  let accounts: AccountsHarness;
  let admin: Caller;
  let organisationId: string;
  let clientId: string;
  let clientSecret: string;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const url = () => accounts.subgraph.url.replace(/\/graphql$/, TOKEN_PATH);
  const gateway = async () => `Bearer ${await accounts.subgraph.signer.sign('accounts', ANONYMOUS, '')}`;
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

  async function ask(form: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: TokenAnswer; headers: Headers }> {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-caregraph-gateway-authorization': await gateway(), ...headers },
      body: new URLSearchParams(form).toString(),
    });
    return { status: response.status, body: (await response.json()) as TokenAnswer, headers: response.headers };
  }

  async function newClient(scopes: string[]): Promise<{ id: string; secret: string }> {
    const created = await accounts.request<{ createApiClient: { clientSecret: string; apiClient: { id: string } } }>(CREATE_CLIENT, { input: { organisationId, name: 'Practice system', scopes } }, admin);
    return { id: created.data!.createApiClient.apiClient.id, secret: created.data!.createApiClient.clientSecret };
  }

  beforeAll(async () => {
    accounts = await startAccounts();
    admin = callerFor(await createUser(accounts, 'token-admin@caregraph.example', Role.ADMIN), Role.ADMIN);
    const created = await accounts.request<{ createOrganisation: { id: string } }>(CREATE, { input: { name: 'Hillside Surgery', kind: 'GP_PRACTICE', odsCode: 'E81004', grantedScopes: ['REFERRALS_WRITE', 'REFERRALS_READ', 'ORGANISATION_READ'] } }, admin);
    organisationId = created.data!.createOrganisation.id;
    await accounts.request(VERIFY, { id: organisationId }, admin);
    ({ id: clientId, secret: clientSecret } = await newClient(['REFERRALS_WRITE', 'ORGANISATION_READ']));
  });
  afterAll(() => accounts.stop());

  it('issues a short-lived, scoped at+jwt to a client authenticated with HTTP Basic, never cached', async () => {
    const { status, body, headers } = await ask({ grant_type: 'client_credentials' }, { authorization: basic(clientId, clientSecret) });
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'organisation:read referrals:write' });
    expect(decodeProtectedHeader(body.access_token!).typ).toBe('at+jwt');
    const claims = decodeJwt(body.access_token!);
    expect(claims).toMatchObject({ sub: clientId, client_id: clientId, org: organisationId, scope: 'organisation:read referrals:write', iss: 'caregraph-accounts', aud: 'caregraph' });
    expect(claims.roles).toBeUndefined();
    expect(claims.exp! - claims.iat!).toBe(900);
    const [row] = await sql<{ last_used_at: Date | null }>('select last_used_at from api_clients where id = ?', [clientId]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('accepts credentials in the body and a narrower scope; refuses a scope the client does not hold', async () => {
    const narrow = await ask({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'referrals:write' });
    expect(narrow.status).toBe(200);
    expect(narrow.body.scope).toBe('referrals:write');
    const wider = await ask({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'referrals:write referrals:read' });
    expect(wider.status).toBe(400);
    expect(wider.body).toMatchObject({ error: 'invalid_scope', code: 'BAD_USER_INPUT' });
    expect(wider.body.error_description).toContain('"referrals:read"');
  });

  it('refuses bad requests with the OAuth error and the catalogue code, naming what was wrong', async () => {
    const cases: Array<[Record<string, string>, Record<string, string>, number, string, string]> = [
      [{}, { authorization: basic(clientId, clientSecret) }, 400, 'invalid_request', 'grant_type'],
      [{ grant_type: 'password' }, { authorization: basic(clientId, clientSecret) }, 400, 'unsupported_grant_type', 'client_credentials'],
      [{ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }, { authorization: basic(clientId, clientSecret) }, 400, 'invalid_request', 'one way'],
      [{ grant_type: 'client_credentials' }, {}, 401, 'invalid_client', 'not authenticated'],
      [{ grant_type: 'client_credentials', client_id: clientId, client_secret: `${clientSecret.slice(0, -1)}x` }, {}, 401, 'invalid_client', 'not valid'],
      [{ grant_type: 'client_credentials', client_id: 'not-a-client', client_secret: clientSecret }, {}, 401, 'invalid_client', 'not valid'],
      [{ grant_type: 'client_credentials', scope: '  ' }, { authorization: basic(clientId, clientSecret) }, 400, 'invalid_scope', 'scope'],
    ];
    for (const [form, headers, status, error, words] of cases) {
      const answer = await ask(form, headers);
      expect([answer.status, answer.body.error]).toEqual([status, error]);
      expect(answer.body.error_description).toContain(words);
      expect(answer.body.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT');
    }
    const wrongBasic = await ask({ grant_type: 'client_credentials' }, { authorization: basic(clientId, 'cgs_wrong') });
    expect(wrongBasic.headers.get('www-authenticate')).toContain('Basic realm="Caregraph"');
    const json = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-caregraph-gateway-authorization': await gateway() }, body: '{}' });
    expect([json.status, ((await json.json()) as TokenAnswer).error]).toEqual([400, 'invalid_request']);
    expect((await fetch(url(), { headers: { 'x-caregraph-gateway-authorization': await gateway() } })).status).toBe(405);
  });

  it('answers only the gateway', async () => {
    const direct = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(clientId, clientSecret) }, body: 'grant_type=client_credentials' });
    expect(direct.status).toBe(401);
    expect(((await direct.json()) as TokenAnswer).access_token).toBeUndefined();
  });

  it('keeps the old secret working for the overlap asked for after a rotation, and none with 0', async () => {
    const client = await newClient(['REFERRALS_WRITE']);
    const rotated = await accounts.request<{ rotateApiClientSecret: { clientSecret: string } }>(ROTATE, { input: { apiClientId: client.id, keepPreviousForMinutes: 5 } }, admin);
    const next = rotated.data!.rotateApiClientSecret.clientSecret;
    expect((await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, client.secret) })).status).toBe(200);
    expect((await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, next) })).status).toBe(200);
    const [{ token_family_id: family }] = await sql<{ token_family_id: string }>('select token_family_id from api_clients where id = ?', [client.id]);
    const third = await accounts.request<{ rotateApiClientSecret: { clientSecret: string } }>(ROTATE, { input: { apiClientId: client.id, keepPreviousForMinutes: 0 } }, admin);
    expect((await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, next) })).status).toBe(401);
    expect((await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, client.secret) })).status).toBe(401);
    const fresh = await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, third.data!.rotateApiClientSecret.clientSecret) });
    expect(fresh.status).toBe(200);
    expect(decodeJwt(fresh.body.access_token!).sid).not.toBe(family);
    expect(await sql('select 1 from session_revocations where session_id = ?', [family])).toHaveLength(1);
  });

  it('gives a revoked client no token, and 50 requests at once each get a valid one', async () => {
    const client = await newClient(['REFERRALS_WRITE']);
    const answers = await Promise.all(Array.from({ length: 50 }, () => ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, client.secret) })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => decodeJwt(a.body.access_token!).jti)).size).toBe(50);
    await accounts.request(REVOKE, { input: { apiClientId: client.id } }, admin);
    const refused = await ask({ grant_type: 'client_credentials' }, { authorization: basic(client.id, client.secret) });
    expect([refused.status, refused.body.error]).toEqual([401, 'invalid_client']);
  });
});
