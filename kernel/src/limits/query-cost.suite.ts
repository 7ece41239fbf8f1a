import { buildSchema, parse } from 'graphql';
import { DEFAULT_COST_MODEL, listSizeOf, operationCost } from './query-cost';
import { countTokens, exceededLimits, measureDocument } from './measure';

// A graph shaped like Caregraph's: connections with `first`, an unpaginated list, an entity field.
const schema = buildSchema(`
  type Query {
    therapists(first: Int, after: String): TherapistConnection!
    therapist(id: ID!): Therapist
    _entities(representations: [String!]!): [Therapist]!
  }
  type TherapistConnection { totalCount: Int! edges: [TherapistEdge!]! pageInfo: PageInfo! }
  type TherapistEdge { cursor: String! node: Therapist! }
  type PageInfo { hasNextPage: Boolean! }
  type Therapist { id: ID! name: String! tags: [String!]! carePlans: [CarePlan!]! bookings(first: Int = 5): BookingConnection! }
  type BookingConnection { edges: [BookingEdge!]! }
  type BookingEdge { node: Booking! }
  type Booking { id: ID! }
  type CarePlan { id: ID! }
`);
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), { variables });

describe('operationCost', () => {
  it('counts objects, not scalars: a connection, its pageInfo, and each edge and node of the page', () => {
    // 1 connection + pageInfo 1 + 10 × (edge + node).
    expect(cost('{ therapists(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor node { id name tags } } } }')).toBe(22);
  });

  it('multiplies nested pages, from literals, variables, argument defaults or the default page of 20', () => {
    const nested = 'query($n: Int) { therapists(first: $n) { edges { node { bookings { edges { node { id } } } } } } }';
    // bookings has `first = 5` in the schema: 1 + n × (2 + 1 + 5 × 2).
    expect(cost(nested, { n: 100 })).toBe(1 + 100 * 13);
    expect(cost(nested)).toBe(1 + 20 * 13);
    expect(cost(nested.replace('bookings {', 'bookings(first: 50) {'), { n: 2 })).toBe(1 + 2 * (3 + 50 * 2));
  });

  it('assumes 10 items in an unpaginated list, and one object per entity representation', () => {
    expect(cost('{ therapist(id: "t") { carePlans { id } } }')).toBe(1 + 10);
    expect(cost('query($r: [String!]!) { _entities(representations: $r) { ... on Therapist { carePlans { id } } } }', { r: ['a', 'b', 'c'] })).toBe(3 * 11);
  });

  it('leaves out what @skip and @include remove, and introspection', () => {
    const query = 'query($on: Boolean!) { therapist(id: "t") { carePlans @include(if: $on) { id } } __schema { types { name } } }';
    expect(cost(query, { on: false })).toBe(1);
    expect(cost(query, { on: true })).toBe(11);
    expect(cost('{ therapist(id: "t") { carePlans @skip(if: true) { id } } }')).toBe(1);
  });

  it('costs fragments where they are spread, and stays linear when one is spread many times', () => {
    const spreads = Array.from({ length: 8 }, () => '...F').join(' ');
    const query = `{ therapist(id: "t") { ...G } } fragment G on Therapist { ${spreads} } fragment F on Therapist { carePlans { id } }`;
    expect(cost(query)).toBe(1 + 8 * 10);
    // 2^30 expansions if each spread were walked again; memoised it is immediate.
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Therapist { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    expect(cost(`{ therapist(id: "t") { ...F0 } } ${chain} fragment F30 on Therapist { id }`)).toBe(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('tells how many objects it allows at each response path', () => {
    const seen: Record<string, number> = {};
    operationCost(schema, parse('{ list: therapists(first: 3) { edges { node { carePlans { id } } } } }'), {
      onObjects: (path, objects) => (seen[path.join('.')] = objects),
    });
    expect(seen).toEqual({ list: 1, 'list.edges': 3, 'list.edges.node': 3, 'list.edges.node.carePlans': 30 });
  });
});

describe('operationCost with list size rules', () => {
  const ruled = buildSchema(`
    scalar DateTime
    type Query { therapist(id: ID!): Therapist adminPage(offset: Int!, limit: Int!): Page! }
    type Page { items: [Therapist!]! }
    type Therapist {
      availability(from: DateTime!, to: DateTime!): [Slot!]!
      logs(last: Int!): [Slot!]!
      goals: [Slot!]!
      notes: [Slot!]!
    }
    type Slot { startsAt: DateTime! }
  `);
  const model = {
    ...DEFAULT_COST_MODEL,
    listSizes: {
      'Therapist.availability': { kind: 'timeRange', from: 'from', to: 'to', perDay: 24, maxDays: 93 },
      'Therapist.goals': { kind: 'assumed', size: 3 },
    } as const,
  };
  const costOf = (query: string, variables?: Record<string, unknown>) => operationCost(ruled, parse(query), { variables, model });
  const availability = 'query($from: DateTime!, $to: DateTime!) { therapist(id: "t") { availability(from: $from, to: $to) { startsAt } } }';
  const days = (n: number) => ({ from: '2027-01-04T00:00:00Z', to: new Date(Date.parse('2027-01-04T00:00:00Z') + n * 86_400_000).toISOString() });

  it('costs a time range per day (a part day counts whole), up to its longest range', () => {
    expect(costOf(availability, days(1))).toBe(1 + 24);
    expect(costOf(availability, days(14))).toBe(1 + 14 * 24);
    expect(costOf(availability, days(92))).toBe(1 + 92 * 24);
    expect(costOf(availability, { from: '2027-01-04T00:00:00Z', to: '2027-01-04T00:30:00Z' })).toBe(1 + 24);
    expect(costOf(availability, days(400))).toBe(1 + 93 * 24);
    // Dates that cannot be read cost the longest range rather than nothing.
    expect(costOf('{ therapist(id: "t") { availability(from: "soon", to: "later") { startsAt } } }')).toBe(1 + 93 * 24);
  });

  it('grows with the range', () => {
    const costs = [1, 7, 30, 60, 93].map((n) => costOf(availability, days(n)));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(new Set(costs).size).toBe(costs.length);
  });

  it('sizes lists by `last` and pages by `limit` as by `first`, and lists without a rule by the default', () => {
    expect(costOf('{ therapist(id: "t") { logs(last: 40) { startsAt } } }')).toBe(1 + 40);
    expect(costOf('{ adminPage(offset: 0, limit: 50) { items { goals { startsAt } } } }')).toBe(1 + 50 * (1 + 3));
    expect(costOf('{ therapist(id: "t") { notes { startsAt } } }')).toBe(1 + DEFAULT_COST_MODEL.defaultListSize);
  });

  it('reads the range from literals and from Date values alike', () => {
    expect(listSizeOf({ kind: 'timeRange', from: 'from', to: 'to', perDay: 10, maxDays: 93 }, { from: new Date(0), to: new Date(3 * 86_400_000) })).toBe(30);
    expect(costOf('{ therapist(id: "t") { availability(from: "2027-01-04T00:00:00Z", to: "2027-01-11T00:00:00Z") { startsAt } } }')).toBe(1 + 7 * 24);
  });
});

describe('measureDocument', () => {
  it('measures depth (fragments are no level), aliases, directives, tokens and cost', () => {
    const query = `query($on: Boolean!) { a: therapists(first: 2) { edges { node { ...N } } } b: therapist(id: "t") @include(if: $on) { id } }
      fragment N on Therapist { carePlans { id } }`;
    expect(measureDocument(schema, query, { variables: { on: true } })).toEqual({
      depth: 5,
      aliases: 2,
      directives: 1,
      tokens: countTokens(query),
      cost: 1 + 2 * (2 + 10) + 1,
    });
    expect(countTokens('# a comment\n{ a: b }')).toBe(5);
  });

  it('refuses what is not a valid operation, and names the limits a document breaks', () => {
    expect(() => measureDocument(schema, '{ nope }')).toThrow(/Not a valid operation/);
    expect(() => measureDocument(schema, 'mutation { x }')).toThrow(/no mutation type/);
    const limits = { maxDepth: 2, maxAliases: 5, maxDirectives: 5, maxTokens: 100, maxCost: 10 };
    expect(exceededLimits({ depth: 3, aliases: 0, directives: 0, tokens: 10, cost: 11 }, limits)).toEqual(['depth: 3 > 2', 'cost: 11 > 10']);
  });
});
