import { graphqlRequest } from '@caregraph/kernel/testing';
import { startTestSubgraph, ANONYMOUS, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountsSubgraph } from '../subgraph';
import { Role } from './role';
import { User } from './user.entity';
import { generateSigningKeyPem } from '../test/accounts-harness';

/**
 * The graph as accounts asks it (through the gateway, as the caller): whether the calling therapist has a care
 * relationship with a client, which bookings owns. Answers from `relationships` (therapist user id → client ids),
 * reading the caller from the forwarded token's subject (the real gateway verifies it).
 */
class CareRelationshipStandIn {
  readonly relationships = new Map<string, Set<string>>();
  readonly received: string[] = [];
  private server?: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: { clientId: string } };
        this.received.push(/(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
        // The caller a subgraph asks for travels in its delegation token (never its own internal token).
        const delegation = req.headers['x-caregraph-delegation'];
        const payload = typeof delegation === 'string' ? delegation.split('.')[1] : undefined;
        const caller = payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub : undefined;
        const clients = caller ? this.relationships.get(caller) : undefined;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { me: caller ? { therapistProfile: clients ? { hasCareRelationshipWith: clients.has(variables.clientId) } : null } : null } }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const USER = 'query($id: ID!) { user(id: $id) { id displayName role } }';

describe('user(id): the person, their therapist and admins only', () => {
  let subgraph: TestSubgraph;
  const graph = new CareRelationshipStandIn();
  const clientId = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const otherTherapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };

  beforeAll(async () => {
    await graph.start();
    process.env.ACCOUNTS_SIGNING_KEYS = generateSigningKeyPem(); // serving composes the signing keys
    subgraph = await startTestSubgraph(accountsSubgraph, { gatewayUrl: graph.url });
    const em = subgraph.db.orm.em.fork();
    em.create(User, { id: clientId, email: 'visible-client@caregraph.example', displayName: 'Client Nineteen', role: Role.CLIENT });
    await em.flush();
    graph.relationships.set(therapist.userId!, new Set([clientId]));
    graph.relationships.set(otherTherapist.userId!, new Set());
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  const ask = async (caller: Caller) => {
    const result = await subgraph.request<{ user: { id: string; displayName: string; role: string } | null }>(USER, { id: clientId }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.user;
  };

  it.each<[string, Caller]>([
    ['an anonymous caller', ANONYMOUS],
    ['another client', { userId: randomUUID(), roles: ['CLIENT'] }],
    ['a therapist without a care relationship', otherTherapist],
  ])('answers null to %s', async (_, caller) => {
    expect(await ask(caller)).toBeNull();
  });

  it.each<[string, () => Caller]>([
    ['the person themselves', () => ({ userId: clientId, roles: ['CLIENT'] })],
    ['a therapist with a care relationship (bookings says so, through the graph)', () => therapist],
    ['an admin', () => ({ userId: randomUUID(), roles: ['ADMIN'] })],
  ])('shows the user to %s', async (_, caller) => {
    expect(await ask(caller())).toEqual({ id: clientId, displayName: 'Client Nineteen', role: 'CLIENT' });
  });

  it('asks the graph only for a therapist', async () => {
    graph.received.length = 0;
    await ask(ANONYMOUS);
    await ask({ userId: clientId, roles: ['CLIENT'] });
    expect(graph.received).toEqual([]);
    await ask(therapist);
    expect(graph.received).toEqual(['AccountsCareRelationship']);
  });

  it("answers another subgraph asking on a caller's behalf (the platform checking consent before a write), not the caller asking directly", async () => {
    const ask = async (depth: number) => {
      const result = await graphqlRequest<{ user: { hasHealthDataConsent: boolean | null } | null }>(
        subgraph.url, 'query($id: ID!) { user(id: $id) { hasHealthDataConsent } }', { id: clientId }, await subgraph.gatewayHeaders(otherTherapist, randomUUID(), null, depth),
      );
      expect(result.errors).toBeUndefined();
      return result.data!.user;
    };
    expect(await ask(0)).toBeNull();
    expect(await ask(1)).toEqual({ hasHealthDataConsent: false });
  });
});
