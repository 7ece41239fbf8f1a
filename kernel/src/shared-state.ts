import { ConfigError, envInt } from './config';

/**
 * What a service keeps in Redis when it has it and in its own memory when not: `REDIS_URL` with
 * more than one replica (`REPLICAS`, default 1; the Kubernetes manifests set it) is required, or
 * each replica would count rate limits, the login guard or persisted queries on its own and an
 * attacker would get a fresh budget from each. Returns the replica count; throws when misconfigured.
 */
export function requireSharedStateForReplicas(service: string, redisUrl: string | undefined, keptPerProcess: string): number {
  const replicas = envInt('REPLICAS', 1);
  if (replicas < 1) throw new ConfigError('REPLICAS must be 1 or more (how many replicas of this service run at once)');
  if (replicas > 1 && !redisUrl) {
    throw new ConfigError(
      `${service}: REPLICAS is ${replicas} but REDIS_URL is not set. Without Redis each replica would keep ${keptPerProcess} to itself. Set REDIS_URL (shared by every replica), or REPLICAS=1 for a single process.`,
    );
  }
  return replicas;
}
