import type { DocumentNode } from 'graphql';

/** What the app needs of the persisted-query manifest its build writes: each operation's id by name. */
export interface ManifestIds {
  operations: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The `generateHash` of Apollo's PersistedQueryLink: the id the build gave the operation (the sha256 of
 * its text exactly as Apollo Client sends it), looked up by operation name, so the browser hashes
 * nothing. An operation missing from the manifest is a build error, not something to send by text.
 */
export function persistedQueryIds(loadManifest: () => Promise<ManifestIds>): (document: DocumentNode) => Promise<string> {
  let ids: Promise<Map<string, string>> | undefined;
  return async (document) => {
    ids ??= loadManifest().then((manifest) => new Map(manifest.operations.map((op) => [op.name, op.id])));
    const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value ?? ''] : []));
    if (names.length !== 1 || !names[0]) throw new Error('Persisted queries need exactly one named operation per document.');
    const id = (await ids).get(names[0]);
    if (!id) throw new Error(`${names[0]} is not in the persisted-query manifest: run the app's build (npm run manifest).`);
    return id;
  };
}
