import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from './start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, testSdl, type TestSubgraphs } from './test/test-subgraphs';

/** Retries `probe` until it returns true or `timeoutMs` passes. */
async function eventually(probe: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('supergraph hot reload (development)', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    // The accounts subgraph already serves `pronouns`, but the first supergraph does not have it.
    await writeSchemaDir(schema.dir, testSdl({ pronouns: false }));
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { watchSupergraph: true }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('serves a new field once the supergraph file changes', async () => {
    const before = await graphqlRequest(gateway.url, '{ users { pronouns } }');
    expect(before.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    await writeSchemaDir(schema.dir, testSdl({ pronouns: true }));
    const reloaded = await eventually(async () => {
      const result = await graphqlRequest(gateway.url, '{ users { pronouns } }');
      return result.errors === undefined;
    });
    expect(reloaded).toBe(true);
    const after = await graphqlRequest(gateway.url, '{ users { pronouns } }');
    expect(after.data).toEqual({ users: [{ pronouns: 'she/her' }, { pronouns: 'he/him' }] });
  });

  it('keeps serving the current graph when the file is broken', async () => {
    await writeFile(path.join(schema.dir, 'supergraph.graphql'), 'this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await graphqlRequest(gateway.url, '{ users { pronouns } }');
    expect(result.data).toEqual({ users: [{ pronouns: 'she/her' }, { pronouns: 'he/him' }] });
  });
});
