import { buildSchema, parse } from 'graphql';
import { costKey, createOperationCostCache } from './operation-cost-cache';
import { operationCost } from './query-cost';

const schema = buildSchema(`
  type Query {
    therapists(first: Int, filter: Filter): TherapistConnection!
    _entities(representations: [String!]!): [Therapist]!
  }
  input Filter { city: String tags: [String!] }
  type TherapistConnection { edges: [TherapistEdge!]! }
  type TherapistEdge { node: Therapist! }
  type Therapist { id: ID! carePlans: [CarePlan!]! }
  type CarePlan { id: ID! }
`);
const PAGE = parse('query Page($n: Int, $filter: Filter, $plans: Boolean = true) { therapists(first: $n, filter: $filter) { edges { node { id carePlans @include(if: $plans) { id } } } } }');
const ENTITIES = parse('query($r: [String!]!) { _entities(representations: $r) { ... on Therapist { carePlans { id } } } }');

describe('createOperationCostCache', () => {
  it('gives what operationCost gives, for every set of variables', () => {
    const cached = createOperationCostCache();
    const cases: Array<Record<string, unknown>> = [{}, { n: 5 }, { n: 50 }, { n: 5, plans: false }, { n: 5, filter: { city: 'Leeds' } }, { n: 5 }];
    for (const variables of cases) expect(cached(schema, PAGE, 'Page', variables)).toBe(operationCost(schema, PAGE, { operationName: 'Page', variables }));
    expect(cached(schema, ENTITIES, undefined, { r: ['a', 'b'] })).toBe(2 * 11);
    expect(cached(schema, ENTITIES, undefined, { r: ['c', 'd'] })).toBe(2 * 11);
    expect(cached(schema, ENTITIES, undefined, { r: ['a', 'b', 'c'] })).toBe(3 * 11);
  });

  it('makes the estimate once per document and variables', () => {
    const cached = createOperationCostCache();
    const document = parse('query($n: Int) { therapists(first: $n) { edges { node { id } } } }');
    // A document whose definitions are read counts how often it is walked.
    let walks = 0;
    const counted = { ...document, get definitions() { walks += 1; return document.definitions; } };
    cached(schema, counted, undefined, { n: 3 });
    const afterFirst = walks;
    expect(afterFirst).toBeGreaterThan(0);
    expect(cached(schema, counted, undefined, { n: 3 })).toBe(1 + 3 * 2);
    expect(walks).toBe(afterFirst);
    expect(cached(schema, counted, undefined, { n: 4 })).toBe(1 + 4 * 2);
    expect(walks).toBeGreaterThan(afterFirst);
  });

  it('does not keep an estimate whose variables did not coerce: the same key with valid ones is costed afresh', () => {
    const cached = createOperationCostCache();
    // `filter.tags` must be a list of strings; a number makes every variable count as absent (first: the default 20).
    const invalid = { n: 10_000, filter: 7 };
    expect(cached(schema, PAGE, 'Page', invalid)).toBe(operationCost(schema, PAGE, { operationName: 'Page', variables: invalid }));
    expect(cached(schema, PAGE, 'Page', { n: 10_000, filter: 7 })).toBe(1 + 20 * 12);
    // A list variable counts by its length: an invalid item must not leave a cost for a valid list of that length.
    const entities = parse('query($r: [String!]!, $n: Int) { _entities(representations: $r) { ... on Therapist { carePlans { id } } } therapists(first: $n) { edges { node { id } } } }');
    const withNull = cached(schema, entities, undefined, { r: [null], n: 10_000 });
    expect(withNull).toBe(operationCost(schema, entities, { variables: { r: [null], n: 10_000 } }));
    expect(cached(schema, entities, undefined, { r: ['a'], n: 10_000 })).toBe(11 + 1 + 10_000 * 2);
  });

  it('keeps costs apart per schema and per document', () => {
    const cached = createOperationCostCache();
    const other = buildSchema('type Query { therapists(first: Int): [T!]! } type T { id: ID! }');
    const query = 'query($n: Int) { therapists(first: $n) { id } }';
    expect(cached(other, parse(query), undefined, { n: 7 })).toBe(7);
    expect(cached(schema, parse('query($n: Int) { therapists(first: $n) { edges { node { id } } } }'), undefined, { n: 7 })).toBe(1 + 7 * 2);
  });
});

describe('costKey', () => {
  it('names the operation and every variable, a list by its length only', () => {
    expect(costKey('Page', { n: 5, filter: { city: 'Leeds', tags: ['a'] }, r: ['x', 'y'] })).toBe('Page\nn=5\nfilter={"city":"Leeds","tags":["a"]}\nr=[2]');
    expect(costKey(undefined, undefined)).toBe('');
  });

  it('gives up on large variables rather than keep them', () => {
    expect(costKey('Page', { filter: { city: 'x'.repeat(5000) } })).toBeUndefined();
  });
});
