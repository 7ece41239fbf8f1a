import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startGateway } from './start-gateway';
import { composeSupergraph, loadSupergraph, SupergraphFileError } from './supergraph-file';
import { SUBGRAPHS } from './subgraphs';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { testSdl } from './test/test-subgraphs';

describe('supergraph file', () => {
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  let supergraphPath: string;
  const unusedUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.localUrl])) as Parameters<typeof testGatewayConfig>[1];

  beforeEach(async () => {
    schema = await tempSchemaDir();
    supergraphPath = path.join(schema.dir, 'supergraph.graphql');
  });
  afterEach(() => schema.remove());

  it('composes the same supergraph whatever the order of the subgraphs, with their local URLs', () => {
    const sdl = testSdl();
    const subgraphs = SUBGRAPHS.map((s) => ({ name: s.name, url: s.localUrl, typeDefs: sdl[s.name] }));
    const composed = composeSupergraph(subgraphs);
    expect(composeSupergraph([...subgraphs].reverse())).toBe(composed);
    expect(composed).toContain('CARE_PLANS @join__graph(name: "care-plans", url: "http://127.0.0.1:4104/graphql")');
    expect(composed.endsWith('\n')).toBe(true);
  });

  it('lists every composition error', () => {
    const clash = [
      { name: 'a', url: 'http://a', typeDefs: 'type Query { x: Int }' },
      { name: 'b', url: 'http://b', typeDefs: 'type Query { x: String }' },
    ];
    expect(() => composeSupergraph(clash)).toThrow(SupergraphFileError);
    expect(() => composeSupergraph(clash)).toThrow(/do not compose:\n  - .*Query\.x/);
  });

  it('loads a supergraph that matches the subgraph SDL', async () => {
    const written = await writeSchemaDir(schema.dir);
    await expect(loadSupergraph(supergraphPath, schema.dir)).resolves.toBe(written);
  });

  it('accepts the file with other line endings', async () => {
    const written = await writeSchemaDir(schema.dir);
    await writeFile(supergraphPath, written.replace(/\n/g, '\r\n'));
    await expect(loadSupergraph(supergraphPath, schema.dir)).resolves.toContain('join__graph');
  });

  it('refuses a missing supergraph, naming npm run schema', async () => {
    await writeSchemaDir(schema.dir);
    await rm(supergraphPath);
    await expect(loadSupergraph(supergraphPath, schema.dir)).rejects.toThrow(/does not exist. Run `npm run schema`/);
    await expect(startGateway(testGatewayConfig(schema.dir, unusedUrls))).rejects.toThrow(/npm run schema/);
  });

  it('refuses a supergraph the subgraph SDL no longer composes to, naming npm run schema', async () => {
    await writeSchemaDir(schema.dir);
    // A subgraph's SDL changed (pronouns dropped) but the supergraph was not recomposed.
    await writeFile(path.join(schema.dir, 'accounts.graphql'), testSdl({ pronouns: false }).accounts);
    await expect(loadSupergraph(supergraphPath, schema.dir)).rejects.toThrow(/is stale.*Run `npm run schema`/);
    await expect(startGateway(testGatewayConfig(schema.dir, unusedUrls))).rejects.toThrow(/stale.*npm run schema/);
  });

  it('refuses when a subgraph SDL file is missing', async () => {
    await writeSchemaDir(schema.dir);
    await rm(path.join(schema.dir, 'bookings.graphql'));
    await expect(loadSupergraph(supergraphPath, schema.dir)).rejects.toThrow(/bookings\.graphql missing.*npm run schema/);
  });

  it('refuses subgraph SDL that does not compose', async () => {
    await writeSchemaDir(schema.dir);
    const therapists = await readFile(path.join(schema.dir, 'therapists.graphql'), 'utf8');
    await writeFile(path.join(schema.dir, 'therapists.graphql'), therapists.replace('therapist: Therapist', 'displayName: Int'));
    await expect(loadSupergraph(supergraphPath, schema.dir)).rejects.toThrow(/do not compose[\s\S]*npm run schema/);
  });
});
