import { createServer, type Server } from 'node:http';

/**
 * The accounts and therapists system routes the worker calls (recipients, organisations' grants, listings' users), answered over real HTTP from a small
 * directory (the subgraphs' own routes are tested in their packages; test/api/notifications.suite.ts runs
 * the worker against them). `calls` counts requests per path.
 */
export interface RouteContract {
  url: string;
  people: Map<string, { email: string; roles: string[]; active: boolean }>;
  therapistUsers: Map<string, string>;
  /** Verified organisations and the scopes they hold now. */
  organisations: Map<string, string[]>;
  calls: Record<string, number>;
  close(): Promise<void>;
}

export async function startRouteContract(): Promise<RouteContract> {
  const contract: RouteContract = { url: '', people: new Map(), therapistUsers: new Map(), organisations: new Map(), calls: {}, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      contract.calls[path] = (contract.calls[path] ?? 0) + 1;
      if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return answer(401, { error: 'no token' });
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { userIds?: string[]; admins?: boolean; therapistIds?: string[]; organisationIds?: string[] };
      if (path === '/internal/recipients') {
        const wanted = new Set(body.userIds ?? []);
        const recipients = [...contract.people.entries()]
          .filter(([id, p]) => p.active && (wanted.has(id) || (body.admins && p.roles.includes('ADMIN'))))
          .map(([userId, p]) => ({ userId, email: p.email, roles: p.roles }));
        return answer(200, { recipients });
      }
      if (path === '/internal/therapist-users') {
        const therapists = (body.therapistIds ?? []).filter((id) => contract.therapistUsers.has(id)).map((therapistId) => ({ therapistId, userId: contract.therapistUsers.get(therapistId) }));
        return answer(200, { therapists });
      }
      if (path === '/internal/organisation-grants') {
        const organisations = (body.organisationIds ?? []).filter((id) => contract.organisations.has(id)).map((organisationId) => ({ organisationId, scopes: contract.organisations.get(organisationId) }));
        return answer(200, { organisations });
      }
      if (path.startsWith('/internal/sweeps/')) return answer(200, { recorded: 0 });
      answer(404, { error: 'not found' });
    });
    function answer(status: number, payload: unknown) {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  contract.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  contract.close = () => new Promise((resolve) => server.close(() => resolve()));
  return contract;
}
