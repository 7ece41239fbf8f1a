import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGraphQLHandler, listen, sendJson } from '@caregraph/kernel';
import { GraphQLError, parse } from 'graphql';
import type { SubgraphName } from '../subgraphs';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/**
 * SDL of five small federated subgraphs standing in for the real ones. `pronouns` lets a test
 * compose a supergraph without a field the running accounts subgraph already serves.
 */
export function testSdl(options: { pronouns?: boolean } = {}): Record<SubgraphName, string> {
  const pronouns = options.pronouns ?? true;
  return {
    accounts: `${LINK}
      type Query { users: [User!]! boom: String forbidden: String }
      type User @key(fields: "id") { id: ID! displayName: String! ${pronouns ? 'pronouns: String' : ''} }`,
    therapists: `${LINK}
      type Query { therapists: [Therapist!]! }
      type Therapist @key(fields: "id") { id: ID! name: String! }
      type User @key(fields: "id") { id: ID! therapist: Therapist }`,
    bookings: `${LINK}
      type Query { bookings: [Booking!]! }
      type Mutation { cancelBooking(id: ID!): Booking }
      type Booking @key(fields: "id") { id: ID! startsAt: String! }`,
    'care-plans': `${LINK}
      type Query { carePlans: [CarePlan!] }
      type CarePlan @key(fields: "id") { id: ID! title: String! }`,
    notifications: `${LINK}
      type Query { unreadCount: Int! }`,
  };
}

const users = [
  { id: 'u1', displayName: 'Ada', pronouns: 'she/her' },
  { id: 'u2', displayName: 'Ben', pronouns: 'he/him' },
];
const therapists = [{ id: 't1', name: 'Dr Okafor' }];

/** Knobs a test turns while the subgraphs run. */
export interface SubgraphControls {
  /** How long care-plans waits before answering `carePlans`. */
  carePlansDelayMs: number;
  /** Every `cancelBooking` bookings has run, by booking id: a mutation must run once. */
  cancelled: string[];
}

function resolversFor(name: SubgraphName, controls: SubgraphControls): Record<string, unknown> {
  switch (name) {
    case 'accounts':
      return {
        Query: {
          users: () => users,
          boom: () => {
            // What a careless subgraph might leak: SQL and its own address.
            throw new Error('relation "users" does not exist: select * from users (http://127.0.0.1:4101/graphql)');
          },
          forbidden: () => {
            throw new GraphQLError('You are not allowed to see this.', { extensions: { code: 'FORBIDDEN' } });
          },
        },
        User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
      };
    case 'therapists':
      return {
        Query: { therapists: () => therapists },
        User: { __resolveReference: (ref: { id: string }) => ref, therapist: () => therapists[0] },
        Therapist: { __resolveReference: (ref: { id: string }) => therapists.find((t) => t.id === ref.id) },
      };
    case 'bookings':
      return {
        Query: { bookings: () => [{ id: 'b1', startsAt: '2025-01-06T10:00:00Z' }] },
        Mutation: {
          cancelBooking: (_: unknown, { id }: { id: string }) => {
            controls.cancelled.push(id);
            return { id, startsAt: '2025-01-06T10:00:00Z' };
          },
        },
      };
    case 'care-plans':
      return {
        Query: {
          carePlans: async () => {
            await new Promise((resolve) => setTimeout(resolve, controls.carePlansDelayMs).unref());
            return [{ id: 'c1', title: 'Back to the allotment' }];
          },
        },
      };
    case 'notifications':
      return { Query: { unreadCount: () => 2 } };
  }
}

/** One test subgraph served over real HTTP, recording the request ids it received. */
export interface TestSubgraph {
  name: SubgraphName;
  url: string;
  requestIds: string[];
  /** The Authorization headers received: the gateway's internal tokens. */
  authorizations: string[];
  /** The x-caregraph-delegation headers received: what the subgraph may send back to ask the graph. */
  delegations: string[];
  /** How many `/health` checks it answered. */
  healthChecks(): number;
  stop(): Promise<void>;
}

async function startOne(name: SubgraphName, controls: SubgraphControls): Promise<TestSubgraph> {
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(testSdl()[name]), resolvers: resolversFor(name, controls) as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const requestIds: string[] = [];
  const authorizations: string[] = [];
  const delegations: string[] = [];
  let healthChecks = 0;
  const graphql = createGraphQLHandler(apollo, async () => ({}));
  const http = await listen(
    (req, res) => {
      // The gateway's own polls (the revocation list, as accounts serves it) are not requests to record.
      if (req.url?.startsWith('/revocations')) return sendJson(res, 200, { cursor: 0, revocations: [], more: false });
      const id = req.headers['x-request-id'];
      if (typeof id === 'string') requestIds.push(id);
      if (req.headers.authorization) authorizations.push(req.headers.authorization);
      const delegation = req.headers['x-caregraph-delegation'];
      if (typeof delegation === 'string') delegations.push(delegation);
      if (req.url === '/health') {
        healthChecks++;
        sendJson(res, 200, { status: 'ok' });
      } else void graphql(req, res);
    },
    '127.0.0.1',
    0,
  );
  return {
    name,
    url: `http://127.0.0.1:${http.port}/graphql`,
    requestIds,
    authorizations,
    delegations,
    healthChecks: () => healthChecks,
    async stop() {
      await http.close(100);
      await apollo.stop();
    },
  };
}

/** The five test subgraphs, each on a free port. */
export interface TestSubgraphs {
  subgraphs: Record<SubgraphName, TestSubgraph>;
  urls: Record<SubgraphName, string>;
  controls: SubgraphControls;
  /** `/health` checks answered by all five so far. */
  healthChecks(): number;
  stop(): Promise<void>;
}

/** Starts the five test subgraphs. */
export async function startTestSubgraphs(): Promise<TestSubgraphs> {
  const controls: SubgraphControls = { carePlansDelayMs: 0, cancelled: [] };
  const names: SubgraphName[] = ['accounts', 'therapists', 'bookings', 'care-plans', 'notifications'];
  const started = await Promise.all(names.map((name) => startOne(name, controls)));
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, TestSubgraph>;
  const urls = Object.fromEntries(started.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
  const healthChecks = () => started.reduce((sum, s) => sum + s.healthChecks(), 0);
  return { subgraphs, urls, controls, healthChecks, stop: async () => void (await Promise.all(started.map((s) => s.stop()))) };
}
