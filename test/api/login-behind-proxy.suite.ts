// Sign-in back-off behind a load balancer: the platform as `npm start` runs it, with the test's own
// address (127.0.0.1) listed as a trusted proxy, so each request says in X-Forwarded-For whose it is.
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import type { RunningPlatform } from '../support/platform';
import { apiPlatform } from './api-platform';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

describe('the login guard behind a trusted proxy', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await apiPlatform();
  }, 120_000);

  // The proxy appends the address it saw; whatever a client wrote before that is its own claim.
  const login = (email: string, password: string, clientAddress: string, claimed = '192.0.2.1') =>
    graphqlRequest<{ login: { accessToken: string } | null }>(platform.urls.gateway, LOGIN, { input: { email, password } }, {
      'x-forwarded-for': `${claimed}, ${clientAddress}`,
    });

  it('locks out the client that made 50 bad logins, not another client behind the same proxy', async () => {
    // 50 failures from one client, on addresses nobody has (no account is locked by them).
    for (let batch = 0; batch < 5; batch += 1) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(`nobody-${batch}-${i}-${randomBytes(3).toString('hex')}@example.org`, 'wrong password', '203.0.113.10')),
      );
      for (const result of results) expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const client = demoRoster().users.find((u) => u.role === 'CLIENT')!;
    // That client's address is now refused, even with the right password, whatever it claims to be.
    const refused = await login(client.email, DEMO_PASSWORD, '203.0.113.10', '198.51.100.99');
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Another client behind the same proxy signs in.
    const other = await login(client.email, DEMO_PASSWORD, '203.0.113.11');
    expect(other.errors).toBeUndefined();
    expect(other.data?.login?.accessToken).toEqual(expect.any(String));
  }, 120_000);
});
