// One platform for the suites of one test file, run one after another (test/api-journeys.e2e.test.ts,
// test/client-apps.e2e.test.ts, test/replicas.e2e.test.ts, test/production.e2e.test.ts, admin/src/providers.test.ts):
// a start costs about 9 s of CPU on a fast day (twice that with two replicas, or on a slow day), which a suite of a
// few requests would otherwise pay alone. The file's first call starts it; the file stops it with stopSharedPlatform.
import { randomBytes } from 'node:crypto';
import { dropPlatformDatabases, startPlatformProcess, type PlatformOptions, type RunningPlatform } from './platform';

/** What the suites together need of the platform (see PlatformOptions: env, replicas, timeoutMs), and a name for its databases (`<name>_<random>_accounts`, …). */
export type SharedPlatformOptions = { name: string } & Pick<PlatformOptions, 'env' | 'replicas' | 'timeoutMs'>;

let shared: { name: string; platform: Promise<RunningPlatform> } | undefined;

/**
 * This test file's platform, started on its own databases by the first caller; every later call gets the same one.
 * A call naming another platform fails: one file runs suites of one kind, on one configuration.
 */
export function sharedPlatform(options: SharedPlatformOptions): Promise<RunningPlatform> {
  if (shared && shared.name !== options.name) {
    return Promise.reject(new Error(`this test file already shares the "${shared.name}" platform, not "${options.name}"`));
  }
  if (!shared) {
    const prefix = `${options.name}_${randomBytes(3).toString('hex')}_`;
    const databaseUrl = process.env.TEST_DATABASE_URL!;
    const platform = startPlatformProcess({ databaseUrl, databasePrefix: prefix, env: options.env, replicas: options.replicas, timeoutMs: options.timeoutMs }).then((running) => ({
      ...running,
      async stop() {
        await running.stop();
        await dropPlatformDatabases(databaseUrl, prefix);
      },
    }));
    shared = { name: options.name, platform };
  }
  return shared.platform;
}

/** Stops the shared platform, if one was started, and drops its databases. */
export async function stopSharedPlatform(): Promise<void> {
  const platform = await shared?.platform.catch(() => undefined);
  shared = undefined;
  await platform?.stop();
}
