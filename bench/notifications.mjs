// `npm run bench:notifications`: the notifications bench (bench/README.md). On the databases
// `npm run seed:scale` filled: times the session-reminders sweep's claim on the 1,000,000 scale bookings
// with and without its partial index, then the delivery worker's dispatch throughput and CPU per message
// at each concurrency, round by round, and writes the figures to bench/results.md.
//   --messages N (default 1000)   --concurrency 1,4 (default)   --rounds N (default 2)   --prefix scale_
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startSmtpInbox } from '@caregraph/kernel/testing/smtp-inbox';
import { chooseServer } from '../scripts/lib/choose-server.mjs';
import { withDatabase } from '../scripts/lib/database.mjs';
import { SUBGRAPHS, WORKER, entryPointOf } from '../scripts/lib/subgraphs.mjs';
import { freePorts, startSubgraphs, BENCH_DIR } from './lib/services.mjs';
import { measureDispatch } from './notifications/dispatch.mjs';
import { measureReminderClaim } from './notifications/reminder-claim.mjs';
import { writeNotificationsResults } from './notifications/results.mjs';

const say = (line) => process.stdout.write(`${line}\n`);

/** `--name value` options; exits 2 naming a bad one. */
function parseOptions(args) {
  const options = { messages: 1000, concurrency: [1, 4], rounds: 2, prefix: 'scale_' };
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    const positive = (v) => /^\d+$/.test(v ?? '') && Number(v) > 0;
    if (name === '--messages' && positive(value)) options.messages = Number(value);
    else if (name === '--rounds' && positive(value)) options.rounds = Number(value);
    else if (name === '--concurrency' && (value ?? '').split(',').every(positive)) options.concurrency = value.split(',').map(Number);
    else if (name === '--prefix' && /^[a-z0-9_]+$/.test(value ?? '')) options.prefix = value;
    else {
      process.stderr.write(`bench:notifications: ${name} ${value ?? ''} is not an option here; use --messages N, --concurrency 1,4, --rounds N, --prefix scale_\n`);
      process.exit(2);
    }
  }
  return options;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench:notifications');
  let subgraphs;
  let smtp;
  try {
    say('bench:notifications: timing the reminder claim on the scale bookings…');
    const claim = await measureReminderClaim(withDatabase(serverUrl, `${options.prefix}bookings`));
    say(`  ${JSON.stringify(claim.plans)}`);

    // The worker's queue schema in the scale notifications database (seed:scale migrates the subgraphs only).
    execFileSync(process.execPath, [entryPointOf(WORKER), 'migrate'], {
      env: { ...process.env, LOG_LEVEL: 'warn', NOTIFICATIONS_DATABASE_URL: withDatabase(serverUrl, `${options.prefix}notifications`) },
      stdio: 'inherit',
    });
    const [gatewayPort, workerOpsPort, ...subgraphPorts] = await freePorts(2 + 2 * SUBGRAPHS.length);
    subgraphs = await startSubgraphs({
      serverUrl,
      prefix: options.prefix,
      ports: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[i]])),
      opsPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[SUBGRAPHS.length + i]])),
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    });
    smtp = await startSmtpInbox();
    const dispatch = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const concurrency of options.concurrency) {
        say(`bench:notifications: round ${round}, concurrency ${concurrency}, ${options.messages} messages…`);
        const result = await measureDispatch({ serverUrl, prefix: options.prefix, subgraphs, smtp, concurrency, messages: options.messages, opsPort: workerOpsPort });
        say(`  ${result.messagesPerSecond.toFixed(1)} messages/s, ${result.cpuMsPerMessage.toFixed(2)} ms worker CPU per message, ${JSON.stringify(result.statuses)}`);
        dispatch.push(result);
      }
    }
    say(writeNotificationsResults(path.join(BENCH_DIR, 'results.md'), { claim, dispatch }));
  } finally {
    await smtp?.close();
    await subgraphs?.stop();
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:notifications: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
