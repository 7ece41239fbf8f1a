import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { reuseExecutorOperations, reusedOperationCount } from './operation-reuse';
import { startGateway, type RunningGateway } from './start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

const supergraph = readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');

describe('reusing the Operation Apollo builds to shape a response', () => {
  const api = Supergraph.build(supergraph).apiSchema();
  beforeAll(() => reuseExecutorOperations());

  it("serves the executor's call for the same parsed document from what it built before", () => {
    const document = parse('query ($id: ID!) { user(id: $id) { ...card } } fragment card on User { id displayName }');
    const first = operationFromDocument(api, document, { validate: false });
    const again = operationFromDocument(api, { ...document }, { validate: false });
    expect(again === first).toBe(true);
    // The same text parsed again is another document: built anew (Apollo Server parses each text once).
    expect(operationFromDocument(api, parse('query ($id: ID!) { user(id: $id) { ...card } } fragment card on User { id displayName }'), { validate: false })).not.toBe(first);
  });

  it('builds anew for other fragments, another schema, or a call made with validation or an operation name', () => {
    const document = parse('query Me { me { id } }');
    const first = operationFromDocument(api, document, { validate: false });
    expect(operationFromDocument(api, document, { validate: false, operationName: undefined }) === first).toBe(true);
    const fragment = parse('fragment extra on User { id }').definitions[0];
    expect(operationFromDocument(api, { ...document, definitions: [...document.definitions, fragment] }, { validate: false })).not.toBe(first);
    expect(operationFromDocument(Supergraph.build(supergraph).apiSchema(), document, { validate: false })).not.toBe(first);
    expect(operationFromDocument(api, document)).not.toBe(first);
    expect(operationFromDocument(api, document, { validate: false, operationName: 'Me' })).not.toBe(first);
  });

  it('installs once however often it is called', () => {
    const installed = operationFromDocument;
    reuseExecutorOperations();
    reuseExecutorOperations();
    const document = parse('{ __typename }');
    const first = operationFromDocument(api, document, { validate: false });
    const before = reusedOperationCount();
    expect(operationFromDocument(api, document, { validate: false }) === first).toBe(true);
    expect(reusedOperationCount()).toBe(before + 1);
    expect(operationFromDocument).toBe(installed);
  });
});

describe('the gateway reuses the Operation for a document it has seen', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { subgraphTimeoutMs: 1000 }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('answers the same query with the same data, reusing from the second time on, and other variables alike', async () => {
    const query = 'query ($withTherapist: Boolean!) { users { id displayName therapist @include(if: $withTherapist) { name } } }';
    const first = await graphqlRequest(gateway.url, query, { withTherapist: true });
    const before = reusedOperationCount();
    const second = await graphqlRequest(gateway.url, query, { withTherapist: true });
    expect(reusedOperationCount()).toBe(before + 1);
    expect(second).toEqual(first);
    expect(first.data).toEqual({
      users: [
        { id: 'u1', displayName: 'Ada', therapist: { name: 'Dr Okafor' } },
        { id: 'u2', displayName: 'Ben', therapist: { name: 'Dr Okafor' } },
      ],
    });
    // Variables are the request's own, never the kept Operation's: the same document without the therapist.
    const without = await graphqlRequest(gateway.url, query, { withTherapist: false });
    expect(without.data).toEqual({ users: [{ id: 'u1', displayName: 'Ada' }, { id: 'u2', displayName: 'Ben' }] });
    expect(reusedOperationCount()).toBe(before + 2);
  });
});
