import { buildSchema, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { apolloComputeResponse, shapeResponse, type ShapeRequest } from './response-shaping';

const schema: Schema = buildSchema(`
  type Query { me: User! users: [User]! node(id: ID!): Node search: [Result!] count: Int flag: Boolean grid: [[Int!]] }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String role: Role! friends: [User!] score: Float tags: [String!]! meta: JSON }
  type Post implements Node { id: ID! title: String! author: User }
  union Result = User | Post
  enum Role { ADMIN CLIENT }
  scalar JSON
`);

const QUERIES = [
  `query ($withFriends: Boolean!, $skipTags: Boolean = false) {
     me { id name role ...F friends @include(if: $withFriends) { id name role } tags @skip(if: $skipTags) kind: __typename }
     users { id score meta } count flag
   } fragment F on User { score }`,
  `{ node(id: "1") { id __typename ... on User { name role } ... on Post { title author { name } } }
     search { __typename ... on User { id } ... on Post { id title } } }`,
  `{ a: me { id } b: me { name id } users @skip(if: false) { ... on Node { id } } t: __typename grid }`,
  `query ($hide: Boolean!) { me { ... @include(if: $hide) { name } ... @skip(if: $hide) { role } id } search { ... on Node { id } } }`,
];

/** A small deterministic random source, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An answer as subgraphs might merge it for `typeName`: right, null, missing, or wrong in places. */
function answer(next: () => number, typeName: string, depth: number): unknown {
  const pick = <T>(choices: T[]): T => choices[Math.floor(next() * choices.length)];
  if (next() < 0.08) return null;
  if (next() < 0.03) return undefined;
  switch (typeName) {
    case 'ID': return pick(['1', 2, 'u-3']);
    case 'String': return pick(['Ada', '', 7, true]);
    case 'Int': return pick([1, 2.5, -4, '5']);
    case 'Float': return pick([1.5, 3, 'x']);
    case 'Boolean': return pick([true, false, 'yes']);
    case 'Role': return pick(['ADMIN', 'CLIENT', 'OWNER']);
    case 'JSON': return pick([{ any: 'thing' }, [1, 2], 'text']);
  }
  const objectType = typeName === 'Node' || typeName === 'Result' ? pick(['User', 'Post']) : typeName;
  const fields: Record<string, [string, 'one' | 'list' | 'grid']> =
    objectType === 'User'
      ? { id: ['ID', 'one'], name: ['String', 'one'], role: ['Role', 'one'], friends: ['User', 'list'], score: ['Float', 'one'], tags: ['String', 'list'], meta: ['JSON', 'one'] }
      : objectType === 'Post'
        ? { id: ['ID', 'one'], title: ['String', 'one'], author: ['User', 'one'] }
        : { me: ['User', 'one'], users: ['User', 'list'], node: ['Node', 'one'], search: ['Result', 'list'], count: ['Int', 'one'], flag: ['Boolean', 'one'], grid: ['Int', 'grid'] };
  const object: Record<string, unknown> = {};
  if (typeName !== 'Query') {
    const typename = next();
    if (typename < 0.6) object.__typename = objectType;
    else if (typename < 0.7) object.__typename = pick(['Post', 'User', 'Role', 'Nope']);
  }
  for (const [name, [type, shape]] of Object.entries(fields)) {
    if (depth > 2 && !['ID', 'String', 'Int', 'Float', 'Boolean', 'Role', 'JSON'].includes(type)) continue;
    const length = Math.floor(next() * 3);
    if (shape === 'one') object[name] = answer(next, type, depth + 1);
    else if (shape === 'list') object[name] = next() < 0.1 ? null : Array.from({ length }, () => answer(next, type, depth + 1));
    else object[name] = Array.from({ length }, () => Array.from({ length: 2 }, () => answer(next, type, depth + 1)));
  }
  return object;
}

type Outcome = { threw: true } | { threw: false; data: unknown; errors: Array<{ message: string; path: unknown }> };

function outcomeOf(shape: (request: ShapeRequest) => { data: unknown; errors: Array<{ message: string; path?: unknown }> }, request: ShapeRequest): Outcome {
  try {
    const { data, errors } = shape(request);
    // JSON, as the response is sent: objects without prototypes compare as plain ones.
    return { threw: false, data: JSON.parse(JSON.stringify(data ?? null)), errors: errors.map((e) => ({ message: e.message, path: e.path })) };
  } catch {
    return { threw: true };
  }
}

describe("shaping a response as Apollo's executor does", () => {
  const operations = QUERIES.map((query) => operationFromDocument(schema, parse(query), { validate: false }) as unknown as ShapeRequest['operation']);
  const introspectionHandling = () => ({ name: 'User' });

  it('gives the same data and errors as Apollo for 2,000 answers, right and wrong, to four operations', () => {
    const next = random(20261206);
    let compared = 0;
    let withErrors = 0;
    for (let round = 0; round < 500; round += 1) {
      for (const operation of operations) {
        const variables = { withFriends: next() < 0.5, hide: next() < 0.5, ...(next() < 0.5 ? { skipTags: true } : {}) };
        const input = answer(next, 'Query', 0) as Record<string, unknown>;
        const request = { operation, variables, input, introspectionHandling };
        const ours = outcomeOf(shapeResponse, request);
        expect({ round, ours }).toEqual({ round, ours: outcomeOf(apolloComputeResponse, request) });
        compared += 1;
        if (!ours.threw && ours.errors.length) withErrors += 1;
      }
    }
    expect(compared).toBe(2000);
    // The answers reach the error paths (null in a non-null field, bad enum values and __typename), not only the happy one.
    expect(withErrors).toBeGreaterThan(500);
  });

  it('names what was wrong and where, and nulls up to the nearest nullable field', () => {
    const [operation] = operations;
    const input = { me: { id: '1', name: 'Ada', role: 'OWNER', score: 1, tags: ['a', null], __typename: 'User' }, users: [], count: 1, flag: true };
    const { data, errors } = shapeResponse({ operation, variables: { withFriends: false }, input, introspectionHandling });
    expect(data).toBeNull();
    // One error for the one fault: the nulls it causes up the tree (role, then me, then data) add none.
    expect(errors.map((e) => [e.message, e.path])).toEqual([['Invalid value found for field User.role.', ['me', 'role']]]);
    const missing = shapeResponse({ operation, variables: { withFriends: false }, input: { ...input, me: { ...input.me, role: 'ADMIN', tags: ['a', null] } }, introspectionHandling });
    expect(missing.data).toBeNull();
    expect(missing.errors.map((e) => [e.message, e.path])).toEqual([['Cannot return null for non-nullable array element of type String at index 1.', ['me', 'tags', 1]]]);
  });

  it('hands introspection fields to the executor and leaves the rest alone', () => {
    const operation = operationFromDocument(schema, parse('{ __type(name: "User") { name } me { id } }'), { validate: false }) as unknown as ShapeRequest['operation'];
    const input = { me: { id: '7', __typename: 'User' } };
    const shaped = shapeResponse({ operation, variables: {}, input, introspectionHandling });
    expect(JSON.parse(JSON.stringify(shaped.data))).toEqual({ __type: { name: 'User' }, me: { id: '7' } });
    expect(shaped.errors).toEqual([]);
    expect(shapeResponse({ operation, variables: {}, input: null, introspectionHandling })).toEqual({ data: null, errors: [] });
  });
});
