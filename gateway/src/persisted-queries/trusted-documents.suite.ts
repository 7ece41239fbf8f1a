// Trusted documents (GATEWAY_TRUSTED_DOCUMENTS): a gateway for first-party apps accepts only the operations
// of the manifest their build produced, sent by hash or as text, and refuses anything else before parsing it.
import { ConfigError, createDelegationTokenSigner, DELEGATION_HEADER } from '@caregraph/kernel';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startGateway, type RunningGateway } from '../start-gateway';
import { startJwks } from '../test/jwks';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';
import { documentHash, loadTrustedDocuments } from './trusted-documents';

const USERS = 'query Users { users { id displayName } }';
const THERAPISTS = 'query Therapists { therapists { name } }';
const NOT_TRUSTED = 'query Bookings { bookings { id startsAt } }';

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Body };
}
const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } } });
const withText = (query: string) => ({ query, ...byHash(query) });

describe('trusted documents', () => {
  let subgraphs: TestSubgraphs;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let gateway: RunningGateway;
  let manifestPath: string;
  const bookingsRequests = () => subgraphs.subgraphs.bookings.requestIds.length;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    jwks = await startJwks();
    await writeSchemaDir(schema.dir);
    manifestPath = path.join(schema.dir, 'persisted-documents.json');
    // The shape GraphQL Code Generator's client preset writes (persisted-documents.json, sha256).
    await writeFile(manifestPath, JSON.stringify({ [documentHash(USERS)]: USERS, [documentHash(THERAPISTS)]: THERAPISTS }));
    gateway = await startGateway(
      testGatewayConfig(schema.dir, subgraphs.urls, { production: true, trustedDocumentsPath: manifestPath, accountsJwksUrl: jwks.url }),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await jwks?.server.close(100);
    await schema?.remove();
  });

  it('serves a manifest operation sent by hash alone, with nothing registered first', async () => {
    expect(await post(gateway.url, byHash(USERS))).toEqual({
      status: 200,
      body: { data: { users: [{ id: 'u1', displayName: 'Ada' }, { id: 'u2', displayName: 'Ben' }] } },
    });
  });

  it('serves a manifest operation sent as its text (with or without the hash)', async () => {
    expect(await post(gateway.url, { query: THERAPISTS })).toEqual({ status: 200, body: { data: { therapists: [{ name: 'Dr Okafor' }] } } });
    expect((await post(gateway.url, withText(THERAPISTS))).body).toEqual({ data: { therapists: [{ name: 'Dr Okafor' }] } });
  });

  it('refuses any other operation with 403 FORBIDDEN naming its hash, before any subgraph is asked', async () => {
    const before = bookingsRequests();
    for (const body of [{ query: NOT_TRUSTED }, byHash(NOT_TRUSTED), withText(NOT_TRUSTED)]) {
      const refused = await post(gateway.url, body);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        errors: [
          {
            message: 'This endpoint accepts only the operations registered for its apps (trusted documents), and this operation is not one of them.',
            extensions: { code: 'FORBIDDEN', operationHash: documentHash(NOT_TRUSTED) },
          },
        ],
      });
    }
    expect(bookingsRequests()).toBe(before);
  });

  it('counts any change to the text as another operation, and lets nothing be registered', async () => {
    const reformatted = USERS.replace('{ users', '{\n  users');
    expect((await post(gateway.url, { query: reformatted })).status).toBe(403);
    // An attempt to register it by APQ changes nothing: its hash is still unknown afterwards.
    expect((await post(gateway.url, withText(reformatted))).status).toBe(403);
    expect((await post(gateway.url, byHash(reformatted))).status).toBe(403);
  });

  it('refuses introspection too (Sandbox cannot map the graph through this endpoint)', async () => {
    expect((await post(gateway.url, { query: '{ __schema { types { name } } }' })).status).toBe(403);
  });

  it("applies to signed-in clients, but not to the platform's own calls (SYSTEM, or a subgraph asking on a caller's behalf)", async () => {
    const client = await jwks.sign({ roles: ['CLIENT'] });
    expect((await post(gateway.url, { query: NOT_TRUSTED }, { authorization: `Bearer ${client}` })).status).toBe(403);

    const system = await jwks.sign({ roles: ['SYSTEM'] }, { subject: '00000000-0000-4000-8000-000000000000' });
    expect((await post(gateway.url, { query: NOT_TRUSTED }, { authorization: `Bearer ${system}` })).body).toEqual({
      data: { bookings: [{ id: 'b1', startsAt: '2025-01-06T10:00:00Z' }] },
    });

    const signer = await createDelegationTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem);
    const delegated = await signer.sign({ caller: { userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['CLIENT'] }, subgraph: 'bookings', depth: 1, requestId: 'req-12345678', clientIp: null });
    expect((await post(gateway.url, { query: NOT_TRUSTED }, { [DELEGATION_HEADER]: delegated })).status).toBe(200);
  });

  describe('the manifest', () => {
    const write = async (name: string, content: string) => {
      const file = path.join(schema.dir, name);
      await writeFile(file, content);
      return file;
    };

    it("also accepts Apollo's persisted-query manifest format", async () => {
      const file = await write(
        'apollo-manifest.json',
        JSON.stringify({
          format: 'apollo-persisted-query-manifest',
          version: 1,
          operations: [{ id: documentHash(USERS), name: 'Users', type: 'query', body: USERS }],
        }),
      );
      const documents = await loadTrustedDocuments(file);
      expect(documents.size).toBe(1);
      expect(documents.get(documentHash(USERS).toUpperCase())).toBe(USERS);
    });

    it.each([
      ['a key that is not the hash of its document', JSON.stringify({ [documentHash(USERS)]: THERAPISTS }), /is not the sha256 of its document/],
      ['an entry without text', JSON.stringify({ [documentHash(USERS)]: '' }), /has no document text/],
      ['no operation at all', '{}', /holds no operation/],
      ['a list', JSON.stringify([USERS]), /must hold a JSON object/],
      ['text that is not JSON', 'query Users { users { id } }', /is not JSON/],
    ])('stops the gateway from starting with %s', async (_label, content, message) => {
      const file = await write('bad-manifest.json', content);
      const starting = startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { trustedDocumentsPath: file }));
      await expect(starting).rejects.toThrow(ConfigError);
      await expect(starting).rejects.toThrow(message);
    });

    it('stops the gateway from starting when the file is missing, naming it', async () => {
      const missing = path.join(schema.dir, 'nowhere.json');
      await expect(loadTrustedDocuments(missing)).rejects.toThrow(`GATEWAY_TRUSTED_DOCUMENTS: cannot read ${missing} (ENOENT).`);
    });
  });
});
