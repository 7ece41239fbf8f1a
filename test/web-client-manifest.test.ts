// The reference client's trusted-documents manifest (clients/web/src/gql/persisted-query-manifest.json,
// written by its build): a gateway started with GATEWAY_TRUSTED_DOCUMENTS pointing at it must accept it,
// it must hold every operation the app has, and each must be valid against the graph clients see.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { loadTrustedDocuments } from '@caregraph/gateway/trusted-documents';
import { committedApiSchema, REPO_ROOT } from './support/api-schema';

const MANIFEST = path.join(REPO_ROOT, 'clients', 'web', 'src', 'gql', 'persisted-query-manifest.json');
// The app's own operations, and the client kit's (signing up, in and out) that it sends through the same client.
const GENERATED = [path.join(REPO_ROOT, 'clients', 'web', 'src', 'gql', 'graphql.ts'), path.join(REPO_ROOT, 'clients', 'kit', 'src', 'gql', 'graphql.ts')];

interface Manifest {
  operations: Array<{ id: string; name: string; type: string; body: string }>;
}

describe("the client app's persisted-query manifest", () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;

  it('is accepted by the gateway as a trusted-documents manifest', async () => {
    const trusted = await loadTrustedDocuments(MANIFEST);
    expect(trusted.size).toBe(manifest.operations.length);
    for (const op of manifest.operations) {
      expect({ name: op.name, id: createHash('sha256').update(op.body).digest('hex') }).toEqual({ name: op.name, id: op.id });
      expect(trusted.get(op.id)).toBe(op.body);
    }
  });

  it('holds every operation the app has, and nothing else', () => {
    const generated = GENERATED.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^export const (\w+)Document = \{"kind":"Document","definitions":\[\{"kind":"OperationDefinition"/gm)].map((m) => m[1]));
    expect(manifest.operations.map((op) => op.name).sort()).toEqual(generated.sort());
  });

  it('is valid against the committed graph, with __typename where the cache needs it', () => {
    const api = committedApiSchema();
    for (const op of manifest.operations) {
      expect({ name: op.name, errors: validate(api, parse(op.body)).map((e) => e.message) }).toEqual({ name: op.name, errors: [] });
    }
    expect(manifest.operations.find((op) => op.name === 'MyBookings')!.body).toContain('__typename');
  });
});
