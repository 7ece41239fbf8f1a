import { parse } from 'graphql';
import manifest from '../gql/persisted-query-manifest.json';
import { persistedQueryIds } from './persisted-ids';

describe('persisted-query ids from the build’s manifest', () => {
  const idOf = persistedQueryIds(async () => manifest);

  it('gives each operation the id the manifest holds for it', async () => {
    const entry = manifest.operations.find((op) => op.name === 'TherapistToday')!;
    expect(await idOf(parse(entry.body))).toBe(entry.id);
    expect(entry.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an operation the manifest does not know, and an anonymous one', async () => {
    await expect(idOf(parse('query NotInTheApp { me { id } }'))).rejects.toThrow(/NotInTheApp is not in the persisted-query manifest/);
    await expect(idOf(parse('{ me { id } }'))).rejects.toThrow(/one named operation/);
  });

  it('loads the manifest once', async () => {
    let loads = 0;
    const counted = persistedQueryIds(async () => {
      loads++;
      return manifest;
    });
    await Promise.all(manifest.operations.slice(0, 3).map((op) => counted(parse(op.body))));
    expect(loads).toBe(1);
  });
});
