// `npm run bench:overload`: the platform under a spike of directory searches, with admission control off
// and on, side by side (bench/README.md). Starts the whole platform (demo data) once per mode, finds the
// rate the machine sustains (a closed loop of 16 clients), then sends 1×, 4× and 10× that rate open-loop,
// each request with a 10 s client timeout, while a signed-in client marks its notifications read once a
// second (a priority write). Writes the figures to bench/results.md. GATEWAY_ADMISSION_TARGET_MS and the
// other admission settings in the environment reach the gateway, to compare settings.
//   --seconds N (default 15 per level)   --levels 1,4,10   --timeout-ms 10000
import { createRequire } from 'node:module';
import path from 'node:path';
import { chooseServer } from '../scripts/lib/choose-server.mjs';
import { startBenchPlatform } from './lib/platform.mjs';
import { BENCH_DIR } from './lib/services.mjs';
import { closedLoop, openLoop, send, summarise } from './overload/open-loop.mjs';
import { writeOverloadResults } from './overload/results.mjs';
import { Agent } from 'undici';

/** The gateway's default admission target (gateway/src/admission/admission-limit.ts), for the record. */
const DEFAULT_TARGET_MS = createRequire(import.meta.url)('@caregraph/gateway').DEFAULT_ADMISSION.targetLatencyMs;

const say = (line) => process.stdout.write(`${line}\n`);
const { demoRoster, DEMO_PASSWORD } = createRequire(import.meta.url)('@caregraph/demo-data');

/** The directory's first page as the client app asks it: 20 listings, each with its next free time (three subgraphs). */
const DIRECTORY = JSON.stringify({
  query: `query Directory { searchTherapists(first: 20) { totalCount edges { node { id displayName headline city fee { amountPence currency } user { id displayName } nextAvailableSlot { startsAt endsAt } } } } }`,
});
const PRIORITY_WRITE = JSON.stringify({ query: 'mutation MarkAllRead { markAllNotificationsRead }' });

function parseOptions(args) {
  const options = { seconds: 15, levels: [1, 4, 10], timeoutMs: 10_000 };
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    const positive = (v) => /^\d+$/.test(v ?? '') && Number(v) > 0;
    if (name === '--seconds' && positive(value)) options.seconds = Number(value);
    else if (name === '--timeout-ms' && positive(value)) options.timeoutMs = Number(value);
    else if (name === '--levels' && (value ?? '').split(',').every(positive)) options.levels = value.split(',').map(Number);
    else {
      process.stderr.write(`bench:overload: ${name} ${value ?? ''} is not an option here; use --seconds N, --levels 1,4,10, --timeout-ms N\n`);
      process.exit(2);
    }
  }
  return options;
}

/** The whole platform on `overload_*` databases, with admission control `mode` (on/off) and rate limits out of the way. */
function startFor(serverUrl, mode) {
  return startBenchPlatform({
    serverUrl,
    prefix: 'overload_',
    log: (line) => (/error|fatal/i.test(line) ? say(line) : undefined),
    env: {
      LOG_LEVEL: 'warn',
      GATEWAY_ADMISSION: mode,
      // One machine sends everything from one address: the per-address limits would measure themselves.
      GATEWAY_RATE_LIMIT_PER_IP: '100000000',
      GATEWAY_RATE_LIMIT_PER_USER: '100000000',
      LOGIN_IP_MAX_FAILURES: '1000000',
    },
  });
}

/** A demo client's access token. */
async function signIn(gatewayUrl) {
  const email = demoRoster().users.find((person) => person.role === 'CLIENT').email;
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }', variables: { email, password: DEMO_PASSWORD } }),
  });
  const body = await response.json();
  if (!body.data?.login?.accessToken) throw new Error(`bench:overload: the demo client could not sign in: ${JSON.stringify(body.errors ?? body)}`);
  return body.data.login.accessToken;
}

/** Marks the demo client's notifications read once a second until `stop` resolves; resolves with each outcome. */
async function priorityWrites(gatewayUrl, token, stop, timeoutMs) {
  const agent = new Agent({ connections: 2 });
  const outcomes = [];
  let stopped = false;
  stop.then(() => (stopped = true));
  while (!stopped) {
    const tick = new Promise((resolve) => setTimeout(resolve, 1000));
    outcomes.push(await send(agent, gatewayUrl, PRIORITY_WRITE, { authorization: `Bearer ${token}` }, timeoutMs));
    await tick;
  }
  await agent.close();
  return outcomes;
}

async function measureMode(serverUrl, mode, options, sustained) {
  say(`bench:overload: admission ${mode}: starting the platform…`);
  const platform = await startFor(serverUrl, mode);
  try {
    const url = platform.urls.gateway;
    const token = await signIn(url);
    const directory = () => ({ body: DIRECTORY, headers: {} });
    // Warm up (the query plans, the connection pools, the JIT), then the closed loop that finds the
    // sustained rate: run in both modes, so both meet the levels equally warm; the first mode's rate is used.
    await closedLoop({ url, make: directory, connections: 8, seconds: 5, timeoutMs: options.timeoutMs });
    const calibration = summarise(await closedLoop({ url, make: directory, connections: 16, seconds: 10, timeoutMs: options.timeoutMs }));
    say(`  closed loop of 16: ${calibration.goodput.toFixed(1)} directory pages/s, p50 ${calibration.p50.toFixed(0)} ms`);
    const rate = sustained ?? calibration.goodput;
    const levels = [];
    for (const level of options.levels) {
      let done;
      const finished = new Promise((resolve) => (done = resolve));
      const writes = priorityWrites(url, token, finished, options.timeoutMs);
      const run = await openLoop({ url, make: directory, rate: rate * level, seconds: options.seconds, timeoutMs: options.timeoutMs });
      done();
      const writeOutcomes = await writes;
      const figures = { level, rate: rate * level, ...summarise(run), writes: summarise({ outcomes: writeOutcomes, elapsed: 1 }), writeMax: Math.max(...writeOutcomes.map((o) => o.ms)) };
      levels.push(figures);
      say(`  ${level}× (${figures.rate.toFixed(0)}/s): goodput ${figures.goodput.toFixed(1)}/s, p99 ${figures.p99.toFixed(0)} ms, refused ${figures.refused}, timeouts ${figures.timeouts}, failed ${figures.failed}, priority write max ${figures.writeMax.toFixed(0)} ms`);
      // The queue drains before the next level.
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
    return { mode, sustained: rate, closedLoop: calibration.goodput, levels };
  } finally {
    await platform.stop();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench:overload');
  try {
    const off = await measureMode(serverUrl, 'off', options);
    const on = await measureMode(serverUrl, 'on', options, off.sustained);
    const targetMs = Number(process.env.GATEWAY_ADMISSION_TARGET_MS ?? DEFAULT_TARGET_MS);
    const block = writeOverloadResults(path.join(BENCH_DIR, 'results.md'), { date: new Date(), options: { ...options, targetMs }, off, on });
    say(block);
  } finally {
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:overload: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
