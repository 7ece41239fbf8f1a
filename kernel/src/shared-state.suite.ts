import { ConfigError } from './config';
import { requireSharedStateForReplicas } from './shared-state';

describe('requireSharedStateForReplicas', () => {
  const saved = process.env.REPLICAS;
  afterEach(() => {
    if (saved === undefined) delete process.env.REPLICAS;
    else process.env.REPLICAS = saved;
  });

  it('lets one process keep its state in memory, and several share Redis', () => {
    delete process.env.REPLICAS;
    expect(requireSharedStateForReplicas('accounts', undefined, 'the sign-in guard')).toBe(1);
    process.env.REPLICAS = '4';
    expect(requireSharedStateForReplicas('accounts', 'redis://redis:6379', 'the sign-in guard')).toBe(4);
  });

  it('refuses several replicas without Redis, saying what would be split and how to fix it', () => {
    process.env.REPLICAS = '2';
    expect(() => requireSharedStateForReplicas('accounts', undefined, 'the sign-in guard')).toThrow(
      new ConfigError('accounts: REPLICAS is 2 but REDIS_URL is not set. Without Redis each replica would keep the sign-in guard to itself. Set REDIS_URL (shared by every replica), or REPLICAS=1 for a single process.'),
    );
  });

  it('refuses a replica count that is not a whole number of 1 or more', () => {
    process.env.REPLICAS = '0';
    expect(() => requireSharedStateForReplicas('gateway', 'redis://redis:6379', 'x')).toThrow(/REPLICAS must be 1 or more/);
    process.env.REPLICAS = 'two';
    expect(() => requireSharedStateForReplicas('gateway', 'redis://redis:6379', 'x')).toThrow(/REPLICAS must be a whole number/);
  });
});
