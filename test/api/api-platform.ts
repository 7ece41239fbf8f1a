// The platform the API suites share (test/api-journeys.e2e.test.ts): what each of them needs of its configuration,
// together. Mail goes to a real SMTP server of the test's own, which keeps every message it is sent.
import { startSmtpInbox, type SmtpInbox } from '@caregraph/kernel/testing/smtp-inbox';
import { ensureAppBuilt } from '../support/app-build';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';

let inbox: Promise<SmtpInbox> | undefined;

/** The SMTP server the platform sends its mail to (accounts' and the delivery worker's), started by the first caller. */
export function apiInbox(): Promise<SmtpInbox> {
  inbox ??= startSmtpInbox();
  return inbox;
}

/** The API suites' platform, started by the first suite that asks, with the admin dashboard built first when its sources changed. */
export async function apiPlatform(): Promise<RunningPlatform> {
  ensureAppBuilt('admin');
  const smtp = await apiInbox();
  return sharedPlatform({
    name: 'api',
    env: {
      SMTP_URL: smtp.url,
      // Notifications are relayed and swept within seconds (the notifications suite waits for them).
      SWEEP_INTERVAL_SECONDS: '2',
      RELAY_INTERVAL_MS: '200',
      // A session that ends is refused within seconds (the revocation and integrator suites measure it).
      REVOCATION_POLL_MS: '500',
      // The login guard reads each request's client from X-Forwarded-For (the login-behind-proxy suite). The other
      // suites send no such header, so their client is the test itself, as before.
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      // Every suite's requests come from this one address; the revocation suite alone sends about a thousand in a few
      // seconds. None tests the per-address limit (gateway/src/rate-limit.suite.ts does).
      GATEWAY_RATE_LIMIT_PER_IP: '10000',
      LOG_LEVEL: 'warn',
    },
  });
}

/** Stops the platform, drops its databases and closes the SMTP server. */
export async function stopApiPlatform(): Promise<void> {
  await stopSharedPlatform();
  await (await inbox?.catch(() => undefined))?.close();
  inbox = undefined;
}
