import { readAccountsConfig } from './config';

describe('accounts configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses to run as several replicas without Redis, which holds the sign-in guard they must share', () => {
    delete process.env.REDIS_URL;
    process.env.REPLICAS = '2';
    expect(() => readAccountsConfig()).toThrow(/^accounts: REPLICAS is 2 but REDIS_URL is not set\. Without Redis each replica would keep the sign-in guard/);
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    expect(readAccountsConfig().redisUrl).toBe('redis://127.0.0.1:6379');
  });
});
