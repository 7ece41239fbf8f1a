// The browser apps' trusted-documents manifests (clients/web and clients/therapist, each written by the
// app's build to src/gql/persisted-query-manifest.json): a gateway started with GATEWAY_TRUSTED_DOCUMENTS
// pointing at one must accept it, it must hold every operation the app has, and each must be valid
// against the graph clients see.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { loadTrustedDocuments } from '@caregraph/gateway/trusted-documents';
import { committedApiSchema, REPO_ROOT } from './support/api-schema';

// Each app with one operation whose selections the cache keys by `__typename`.
const APPS = [
  { label: 'client app', folder: 'clients/web', cached: 'MyBookings' },
  { label: 'therapist workspace', folder: 'clients/therapist', cached: 'TherapistToday' },
];

interface Manifest {
  operations: Array<{ id: string; name: string; type: string; body: string }>;
}

describe.each(APPS)("the $label's persisted-query manifest", ({ folder, cached }) => {
  const file = path.join(REPO_ROOT, folder, 'src', 'gql', 'persisted-query-manifest.json');
  // The app's own operations, and the client kit's (signing up, in and out) that it sends through the same client.
  const generated = [path.join(REPO_ROOT, folder, 'src', 'gql', 'graphql.ts'), path.join(REPO_ROOT, 'clients', 'kit', 'src', 'gql', 'graphql.ts')];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;

  it('is accepted by the gateway as a trusted-documents manifest', async () => {
    const trusted = await loadTrustedDocuments(file);
    expect(trusted.size).toBe(manifest.operations.length);
    for (const op of manifest.operations) {
      expect({ name: op.name, id: createHash('sha256').update(op.body).digest('hex') }).toEqual({ name: op.name, id: op.id });
      expect(trusted.get(op.id)).toBe(op.body);
    }
  });

  it('holds every operation the app has, and nothing else', () => {
    const names = generated.flatMap((source) => [...readFileSync(source, 'utf8').matchAll(/^export const (\w+)Document = \{"kind":"Document","definitions":\[\{"kind":"OperationDefinition"/gm)].map((m) => m[1]));
    expect(manifest.operations.map((op) => op.name).sort()).toEqual(names.sort());
  });

  it('is valid against the committed graph, with __typename where the cache needs it', () => {
    const api = committedApiSchema();
    for (const op of manifest.operations) {
      expect({ name: op.name, errors: validate(api, parse(op.body)).map((e) => e.message) }).toEqual({ name: op.name, errors: [] });
    }
    expect(manifest.operations.find((op) => op.name === cached)!.body).toContain('__typename');
  });
});

it('gives no two apps an operation of the same name with different text (one gateway trusts them all)', () => {
  const bodies = new Map<string, string>();
  for (const { folder } of APPS) {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, folder, 'src', 'gql', 'persisted-query-manifest.json'), 'utf8')) as Manifest;
    for (const op of manifest.operations) {
      const seen = bodies.get(op.name);
      expect({ name: op.name, same: seen === undefined || seen === op.body }).toEqual({ name: op.name, same: true });
      bodies.set(op.name, op.body);
    }
  }
});
