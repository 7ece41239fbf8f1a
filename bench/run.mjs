// `npm run bench`: the gateway benchmark (bench/README.md). Starts the subgraphs on the databases
// `npm run seed:scale` filled, then the contenders — the Caregraph gateway, Hive Gateway in its
// JavaScript runtime and with its Rust router runtime, and the floor (the same subgraph fetches
// sent directly) — checks that they answer alike, measures them interleaved round by round, times
// the hot SQL paths, and writes bench/results.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chooseServer } from '../scripts/lib/choose-server.mjs';
import { withDatabase } from '../scripts/lib/database.mjs';
import { SUBGRAPHS, SCHEMA_DIR } from '../scripts/lib/subgraphs.mjs';
import { startRecorders } from './floor/record.mjs';
import { measure } from './lib/load.mjs';
import { BenchOptionError, parseBenchOptions } from './lib/options.mjs';
import { answersOf, oneOfEach, operationMix, signInScaleClients } from './lib/operations.mjs';
import { treePeakRssMiB } from './lib/proc-stats.mjs';
import { shortCommit, writeResults, writeSqlResults } from './lib/results.mjs';
import { BENCH_DIR, freePorts, measuredNodeArgs, startCaregraphGateway, startFloor, startHiveGateway, startSubgraphs, writeBenchSupergraph } from './lib/services.mjs';
import { timeSqlPaths } from './lib/sql-timings.mjs';
import { measurePublicCache, publicReadMix, writePublicCacheResults } from './lib/public-cache.mjs';
import { memoryOf, postgresMemory } from './lib/memory.mjs';
import { runSoak, writeSoakResults } from './lib/soak.mjs';
import { measureWholePlatforms } from './lib/whole-platform.mjs';
import { writeWholePlatformResults } from './lib/whole-platform-results.mjs';

const say = (line) => process.stdout.write(`${line}\n`);

/** Installs the bench's own dependencies (autocannon, Hive Gateway) on first use. */
function ensureBenchDependencies() {
  if (existsSync(path.join(BENCH_DIR, 'node_modules', 'autocannon'))) return;
  say('bench: installing the bench dependencies (bench/package.json) once…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH_DIR, stdio: 'inherit' });
}

/** Fails early, naming the command to run, when the scale databases are missing or empty. */
async function assertSeeded(serverUrl, prefix) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, `${prefix}therapists`) });
  try {
    await client.connect();
    const { rows } = await client.query('select count(*)::int as n from therapists');
    if (rows[0].n === 0) throw new Error('empty');
    return rows[0].n;
  } catch {
    throw new Error(`no scale data in ${prefix}therapists: run  npm run seed:scale${prefix === 'scale_' ? '' : ` -- --prefix ${prefix}`}  first`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** GraphQL requests the subgraphs have answered so far, from their Prometheus metrics (on their operations ports). */
async function subgraphRequests(metricsUrls) {
  let total = 0;
  for (const url of Object.values(metricsUrls)) {
    const text = await (await fetch(url)).text();
    for (const line of text.split('\n')) {
      if (line.startsWith('caregraph_http_responses_total{') && line.includes('route="graphql"')) total += Number(line.split(' ').at(-1));
    }
  }
  return total;
}

/**
 * Peak RSS of what every contender shares: each subgraph's high-water mark, and the private memory of
 * PostgreSQL's backends serving each subgraph's database (bench/lib/memory.mjs says why private).
 */
async function sharedProcessesPeakRss(serverUrl, subgraphs) {
  const peaks = Object.fromEntries(Object.entries(subgraphs.pids).map(([name, pid]) => [name, memoryOf(pid)?.peak ?? NaN]));
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return { ...peaks, ...(await postgresMemory(client, subgraphs.databases)) };
  } finally {
    await client.end().catch(() => {});
  }
}

async function serverVersion(serverUrl) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const { rows } = await client.query('show server_version');
  await client.end();
  return rows[0].server_version;
}

/** `--sql-only`: the SQL timings on both seeded sizes, without the gateways. */
async function timeSqlOnly(options) {
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench');
  try {
    const loadBefore = os.loadavg()[0];
    const sql = await timeSqlPaths(serverUrl, options.scalePrefixes, say);
    const load = [loadBefore, os.loadavg()[0]];
    if (sql.sizes.length === 0) throw new Error(`no seeded databases among ${options.scalePrefixes.join(', ')}: run npm run seed:scale first`);
    writeSqlResults(options.out, { sql, pgVersion: await serverVersion(serverUrl), commit: shortCommit(), load });
    say(sql.markdown.join('\n'));
    say(`bench: SQL timings written to ${options.out}`);
  } finally {
    await postgres?.stop();
  }
}

/** `--whole-platform-vs DIR`: this checkout's whole platform against DIR's, one at a time, interleaved. */
async function compareWholePlatforms(options) {
  ensureBenchDependencies();
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench');
  try {
    const therapistCount = await assertSeeded(serverUrl, options.prefix);
    const result = await measureWholePlatforms({ serverUrl, otherRoot: options.wholePlatformVs, options, say });
    say(writeWholePlatformResults(options.out, { result, options, therapistCount, pgVersion: await serverVersion(serverUrl) }));
    say(`bench: whole-platform results written to ${options.out}`);
  } finally {
    await postgres?.stop();
  }
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.sqlOnly) return timeSqlOnly(options);
  if (options.wholePlatformVs) return compareWholePlatforms(options);
  ensureBenchDependencies();
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench');
  const work = mkdtempSync(path.join(os.tmpdir(), 'caregraph-bench-'));
  const running = [];
  try {
    const therapistCount = await assertSeeded(serverUrl, options.prefix);
    const [gatewayPort, recordPort, hivePort, routerPort, floorPort, gatewayOpsPort, recordOpsPort, ...subgraphPorts] = await freePorts(7 + 2 * SUBGRAPHS.length);
    const ports = Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[i]]));
    const opsPorts = Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[SUBGRAPHS.length + i]]));
    say(`bench: ${therapistCount.toLocaleString('en-GB')} therapists in ${options.prefix}*; starting the subgraphs…`);
    // --heap-limit: each Caregraph process with the V8 heap the deployment sets (NODE_OPTIONS in its config map).
    const subgraphs = await startSubgraphs({ serverUrl, prefix: options.prefix, ports, opsPorts, gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, nodeArgs: measuredNodeArgs({ heapLimit: options.heapLimit }) });
    running.push(subgraphs);

    if (options.publicCache) {
      // Two gateways over the same subgraphs: the cache of public reads on (in Redis with REDIS_URL) and off.
      const [cachedPort, cachedOpsPort] = await freePorts(2);
      const store = process.env.REDIS_URL ? 'Redis' : 'memory';
      const cached = await startCaregraphGateway({ port: cachedPort, opsPort: cachedOpsPort, subgraphs, extraEnv: { GATEWAY_RESPONSE_CACHE: 'on' } });
      running.push(cached);
      const uncached = await startCaregraphGateway({ port: gatewayPort, opsPort: gatewayOpsPort, subgraphs });
      running.push(uncached);
      const mix = await publicReadMix(uncached.url);
      const runs = await measurePublicCache({ cached, uncached }, mix, options, say);
      writePublicCacheResults(options.out, { options, therapistCount, runs, store, mixSize: mix.length });
      say(`bench: results written to ${options.out}`);
      return;
    }

    const caregraph = await startCaregraphGateway({ port: gatewayPort, opsPort: gatewayOpsPort, subgraphs, nodeArgs: measuredNodeArgs({ heapLimit: options.heapLimit, cpuProfDir: options.cpuProf && path.resolve(options.cpuProf) }) });
    running.push(caregraph);
    const sessions = () => signInScaleClients(caregraph.url, options.clients);

    if (options.soak) {
      const pgClient = new pg.Client({ connectionString: serverUrl });
      await pgClient.connect();
      try {
        const newMix = async () => {
          const mix = operationMix(await sessions());
          await answersOf(caregraph.url, mix, 'caregraph');
          return mix;
        };
        const soak = await runSoak({ target: caregraph, processes: { gateway: caregraph.pid, ...subgraphs.pids }, databases: subgraphs.databases, pgClient, metricsUrls: { gateway: `${caregraph.opsUrl}/metrics`, ...subgraphs.metricsUrls }, newMix }, { minutes: options.soak, connections: options.connections }, say);
        say(writeSoakResults(options.out, { soak, therapistCount, prefix: options.prefix, commit: shortCommit() }));
        say(`bench: soak results written to ${options.out}`);
      } finally {
        await pgClient.end().catch(() => {});
      }
      return;
    }

    let mix = operationMix(await sessions());
    const reference = await answersOf(caregraph.url, mix, 'caregraph');

    // The floor's plans: what the Caregraph gateway's query planner fetches for each operation. The recording
    // proxies only forward GraphQL: the recording gateway reads accounts' keys and revocation list directly.
    const recorders = await startRecorders(subgraphs.urls);
    const accountsJwksUrl = subgraphs.urls.accounts.replace(/\/graphql$/, '/.well-known/jwks.json');
    const recording = await startCaregraphGateway({ port: recordPort, opsPort: recordOpsPort, subgraphs: { ...subgraphs, urls: recorders.urls }, extraEnv: { ACCOUNTS_JWKS_URL: accountsJwksUrl, ACCOUNTS_REVOCATIONS_URL: accountsJwksUrl.replace(/\/\.well-known\/jwks\.json$/, '/revocations') } });
    const plans = {};
    for (const op of mix) {
      await answersOf(recording.url, [op], 'recording gateway').catch(async (error) => {
        await recording.stop();
        await recorders.close(); // else their open servers keep the bench from exiting
        throw new Error(`${error.message}\n${recording.log.text()}`);
      });
      plans[op.body] = recorders.take();
    }
    await recording.stop();
    await recorders.close();
    const plansFile = path.join(work, 'floor-plans.json');
    writeFileSync(plansFile, JSON.stringify({ subgraphUrls: subgraphs.urls, plans }));

    const supergraphFile = writeBenchSupergraph(readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'), subgraphs.urls, path.join(work, 'supergraph.graphql'));
    const contenders = { caregraph };
    const notes = [];
    for (const name of options.contenders.filter((c) => c !== 'caregraph')) {
      try {
        const started =
          name === 'floor' ? await startFloor({ port: floorPort, plansFile, subgraphs })
          : await startHiveGateway({ port: name === 'hive' ? hivePort : routerPort, supergraphFile, subgraphs, router: name === 'hive-router', accountsJwksUrl });
        running.push(started);
        const answers = await answersOf(started.url, mix, name);
        if (name !== 'floor') {
          for (const op of oneOfEach(mix)) {
            if (JSON.stringify(answers[op.name].data) !== JSON.stringify(reference[op.name].data)) notes.push(`${name} answered ${op.name} with different data from the Caregraph gateway.`);
          }
        }
        contenders[name] = started;
      } catch (error) {
        notes.push(`${name} could not be measured: ${error.message.split('\n').slice(0, 6).join(' ')}`);
        say(`bench: ${name} left out: ${error.message}`);
      }
    }
    const names = options.contenders.filter((c) => contenders[c]);

    say(`bench: warming up ${names.join(', ')}…`);
    for (const name of names) await measure(contenders[name], mix, { seconds: 3, connections: options.connections });
    const runs = Object.fromEntries(names.map((n) => [n, []]));
    const load = { seconds: options.seconds, connections: options.connections };
    const record = (round, name, run) => {
      runs[name].push(run);
      say(`bench: round ${round} ${name.padEnd(12)} ${run.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  CPU ${run.cpuMsPerOperation.toFixed(2)} ms/op  ${run.subgraphRequestsPerOperation.toFixed(2)} subgraph req/op${run.non2xx || run.errors ? `  (${run.non2xx} non-2xx, ${run.errors} errors)` : ''}`);
    };
    for (let round = 1; round <= options.rounds; round++) {
      mix = operationMix(await sessions()); // access tokens live 15 minutes
      if (options.together) {
        // Every contender loaded at once, each over its own connections: whatever else the machine is doing
        // then weighs on all of them alike. The subgraph requests per operation are those of all of them.
        const before = await subgraphRequests(subgraphs.metricsUrls);
        const together = await Promise.all(names.map((name) => measure(contenders[name], mix, load)));
        const perOperation = ((await subgraphRequests(subgraphs.metricsUrls)) - before) / Math.max(together.reduce((sum, run) => sum + run.requests, 0), 1);
        names.forEach((name, i) => record(round, name, { ...together[i], subgraphRequestsPerOperation: perOperation }));
        continue;
      }
      for (const name of names) {
        const before = await subgraphRequests(subgraphs.metricsUrls);
        const run = await measure(contenders[name], mix, load);
        // How many subgraph requests each answered operation cost: the same plan should cost the same.
        run.subgraphRequestsPerOperation = ((await subgraphRequests(subgraphs.metricsUrls)) - before) / Math.max(run.requests, 1);
        record(round, name, run);
      }
    }
    const peakRss = Object.fromEntries(names.map((n) => [n, treePeakRssMiB(contenders[n].pid)]));
    const servicePeakRss = await sharedProcessesPeakRss(serverUrl, subgraphs);
    for (const service of running.splice(0).reverse()) await service.stop();

    const sql = options.sql ? await timeSqlPaths(serverUrl, options.scalePrefixes, say) : null;
    const pgVersion = await serverVersion(serverUrl);
    writeResults(options.out, { options, therapistCount, runs, peakRss, servicePeakRss, notes, plans: Object.fromEntries(oneOfEach(mix).map((op) => [op.name, plans[op.body]])), sql, pgVersion });
    say(`bench: results written to ${options.out}`);
  } catch (error) {
    const logs = running.map((service) => service.logs?.()).filter(Boolean);
    if (logs.length) error.message += `\n${logs.join('\n')}`;
    throw error;
  } finally {
    for (const service of running.reverse()) await service.stop().catch(() => {});
    rmSync(work, { recursive: true, force: true });
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = error instanceof BenchOptionError ? 2 : 1;
});
