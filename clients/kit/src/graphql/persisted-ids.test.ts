// Persisted-query ids looked up in a build's manifest. A made-up manifest here; test/web-client-manifest.test.ts
// checks each app's real one (every operation, each id the sha256 of its body).
import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import { persistedQueryIds, type ManifestIds } from './persisted-ids';

const BODIES = ['query MyBookings { me { id } }', 'query TherapistToday { me { id } }', 'mutation SignOut { signOut }'];
const manifest: { operations: Array<ManifestIds['operations'][number] & { body: string }> } = {
  operations: BODIES.map((body) => ({ id: createHash('sha256').update(body).digest('hex'), name: parse(body).definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name!.value] : []))[0], body })),
};

describe('persisted-query ids from the build’s manifest', () => {
  const idOf = persistedQueryIds(async () => manifest);

  it('gives each operation the id the manifest holds for it', async () => {
    for (const entry of manifest.operations) expect(await idOf(parse(entry.body))).toBe(entry.id);
    expect(new Set(await Promise.all(manifest.operations.map((op) => idOf(parse(op.body))))).size).toBe(BODIES.length);
  });

  it('refuses an operation the manifest does not know, an anonymous one, and a document with two', async () => {
    await expect(idOf(parse('query NotInTheApp { me { id } }'))).rejects.toThrow(/NotInTheApp is not in the persisted-query manifest/);
    await expect(idOf(parse('{ me { id } }'))).rejects.toThrow(/one named operation/);
    await expect(idOf(parse('query First { first } query Second { second }'))).rejects.toThrow(/one named operation/);
  });

  it('loads the manifest once, however many operations ask at the same time', async () => {
    let loads = 0;
    const counted = persistedQueryIds(async () => {
      loads++;
      return manifest;
    });
    await Promise.all(manifest.operations.map((op) => counted(parse(op.body))));
    expect(loads).toBe(1);
  });
});
