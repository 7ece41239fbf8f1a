// The platform the production-mode suites share (test/production.e2e.test.ts): every service with NODE_ENV=production,
// so errors reach clients as a deployment shows them, and its traces sent to an OTLP/HTTP receiver of the test's own.
// What the suites need of it together:
// - production's settings: a throwaway key for authenticator secrets and for webhook secrets at rest, and the demo
//   data's published credentials accepted explicitly (production refuses them otherwise);
// - timeouts for a loaded 2-core machine: 50 bookings at once each ask the graph about the listing, which can take
//   longer than the gateway's default 3 s per subgraph request and bookings' default 5 s for the graph's answer;
// - spans exported every 100 ms instead of every 5 s, so the tracing suite finds its trace soon.
// PRODUCTION_E2E_SCHEMA_DIR serves a supergraph composed elsewhere (`node scripts/schema.mjs --dir <folder>`)
// before it is committed.
import { randomBytes } from 'node:crypto';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';
import { startSpanReceiver, type SpanReceiver } from './span-receiver';

/** Longest bookings waits for the graph here (GRAPH_CALL_TIMEOUT_MS, 5 s by default). */
export const GRAPH_CALL_TIMEOUT_MS = 10_000;

let receiver: Promise<SpanReceiver> | undefined;

/** The receiver the platform's services send their spans to, started before the platform. */
export function spanReceiver(): Promise<SpanReceiver> {
  receiver ??= startSpanReceiver();
  return receiver;
}

/** The suites' platform, started by the first suite that asks. */
export async function productionPlatform(): Promise<RunningPlatform> {
  const { url } = await spanReceiver();
  const schemaDir = process.env.PRODUCTION_E2E_SCHEMA_DIR;
  return sharedPlatform({
    name: 'production',
    env: {
      NODE_ENV: 'production',
      ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION: 'true',
      ACCOUNTS_TOTP_KEYS: randomBytes(32).toString('base64'),
      WEBHOOK_SECRET_KEYS: randomBytes(32).toString('base64'),
      SUBGRAPH_TIMEOUT_MS: '15000',
      GRAPH_CALL_TIMEOUT_MS: String(GRAPH_CALL_TIMEOUT_MS),
      OTEL_EXPORTER_OTLP_ENDPOINT: url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      ...(schemaDir ? { SUPERGRAPH_PATH: `${schemaDir}/supergraph.graphql`, SCHEMA_DIR: schemaDir } : {}),
    },
  });
}

/** Stops the platform (dropping its databases), then the receiver. */
export async function stopProduction(): Promise<void> {
  await stopSharedPlatform();
  const started = await receiver?.catch(() => undefined);
  receiver = undefined;
  await started?.close();
}
