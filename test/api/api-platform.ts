// The platform the API suites share (test/api-journeys.e2e.test.ts): what each of them needs of its configuration,
// together. Mail goes to files, as `npm start` writes it, where the revocation suite reads its reset link.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';

/** Where the platform's accounts service writes each e-mail, as an .eml file. */
export const API_MAIL_DIR = mkdtempSync(path.join(tmpdir(), 'caregraph-api-mail-'));

const API_PLATFORM = {
  name: 'api',
  env: {
    MAIL_DIR: API_MAIL_DIR,
    // A session that ends is refused within seconds (the revocation and integrator suites measure it).
    REVOCATION_POLL_MS: '500',
    // The login guard reads each request's client from X-Forwarded-For (the login-behind-proxy suite). The other
    // suites send no such header, so their client is the test itself, as before.
    TRUSTED_PROXIES: '127.0.0.1, ::1',
    // Every suite's requests come from this one address; the revocation suite alone sends about a thousand in a few
    // seconds. None tests the per-address limit (gateway/src/rate-limit.test.ts does).
    GATEWAY_RATE_LIMIT_PER_IP: '10000',
    LOG_LEVEL: 'warn',
  },
};

/** The API suites' platform, started by the first suite that asks. */
export function apiPlatform(): Promise<RunningPlatform> {
  return sharedPlatform(API_PLATFORM);
}

/** Stops the platform and drops its databases and mail. */
export async function stopApiPlatform(): Promise<void> {
  await stopSharedPlatform();
  rmSync(API_MAIL_DIR, { recursive: true, force: true });
}
