import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { reuseExecutorOperations, reusedOperationCount } from './operation-reuse';

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
