// Command-line options of `npm run bench`.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const BENCH_DEFAULTS = Object.freeze({
  prefix: 'scale_',
  rounds: 3,
  seconds: 10,
  connections: 10,
  clients: 16,
  contenders: ['caregraph', 'hive', 'hive-router', 'floor'],
  scalePrefixes: ['scale10k_', 'scale_'],
  out: 'bench/results.md',
  sql: true,
  sqlOnly: false,
  cpuProf: null,
  heapLimit: null,
  publicCache: false,
  together: false,
  soak: null,
  wholePlatformVs: null,
});

const USAGE = `usage: npm run bench -- [--prefix P] [--rounds N] [--seconds N] [--connections N] [--clients N] [--contenders a,b,…] [--together] [--scale-prefixes p1,p2] [--no-sql | --sql-only] [--cpu-prof DIR] [--heap-limit MiB] [--public-cache] [--soak MINUTES] [--whole-platform-vs DIR] [--out FILE]
  --prefix P            databases seeded by npm run seed:scale (default ${BENCH_DEFAULTS.prefix})
  --rounds N            interleaved rounds, every contender once per round (default ${BENCH_DEFAULTS.rounds})
  --seconds N           length of each measured run (default ${BENCH_DEFAULTS.seconds})
  --connections N       concurrent connections (default ${BENCH_DEFAULTS.connections})
  --clients N           signed-in scale clients the mix cycles through, each with its own search place (default ${BENCH_DEFAULTS.clients})
  --contenders LIST     any of caregraph, hive, hive-router, floor (default all)
  --together            load every contender at once in each round, each over its own connections (default: one
                        after the other): the CPU per operation of each is then measured under the same conditions
  --scale-prefixes LIST two seeded sizes to time search and availability on (default ${BENCH_DEFAULTS.scalePrefixes.join(',')})
  --no-sql              skip the SQL timings (ORM vs pg, 10k vs 100k)
  --sql-only            only the SQL timings (about two minutes), into their own block of the results file
  --cpu-prof DIR        profile the Caregraph gateway (node --cpu-prof) into DIR
  --heap-limit MiB      run the Caregraph gateway and subgraphs with node --max-old-space-size=MiB, as the Kubernetes
                        deployment does (NODE_OPTIONS in deploy/kubernetes/base/config.yaml: 256); with
                        --whole-platform-vs, only this checkout's (--whole-platform-vs . : what the limit costs)
  --public-cache        only the cache of public reads: anonymous directory reads, cache on vs off (REDIS_URL: in Redis)
  --soak MINUTES        only memory: the mix through the Caregraph gateway for MINUTES after a 60 s warm-up, RSS of every process sampled every 5 s
  --whole-platform-vs DIR
                        only whole-platform CPU: this checkout's gateway and subgraphs against those of the built checkout
                        in DIR, one platform at a time, in interleaved rounds (--cpu-prof profiles every Node process)
  --out FILE            results file (default ${BENCH_DEFAULTS.out})`;

export class BenchOptionError extends Error {}

/** Parses the bench's command line. */
export function parseBenchOptions(argv) {
  const options = { ...BENCH_DEFAULTS, contenders: [...BENCH_DEFAULTS.contenders], scalePrefixes: [...BENCH_DEFAULTS.scalePrefixes] };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new BenchOptionError(`unexpected argument "${argv[i]}"\n${USAGE}`);
    const [, name, inline] = match;
    if (name === 'help') throw new BenchOptionError(USAGE);
    if (name === 'public-cache') {
      options.publicCache = true;
      continue;
    }
    if (name === 'together') {
      options.together = true;
      continue;
    }
    if (name === 'no-sql') {
      options.sql = false;
      continue;
    }
    if (name === 'sql-only') {
      options.sqlOnly = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new BenchOptionError(`--${name} needs a value\n${USAGE}`);
    const count = (max) => {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new BenchOptionError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
      return Number(value);
    };
    if (name === 'prefix') options.prefix = value;
    else if (name === 'rounds') options.rounds = count(50);
    else if (name === 'seconds') options.seconds = count(600);
    else if (name === 'connections') options.connections = count(1000);
    else if (name === 'clients') options.clients = count(1000);
    else if (name === 'out') options.out = value;
    else if (name === 'cpu-prof') options.cpuProf = value;
    else if (name === 'heap-limit') options.heapLimit = count(65536);
    else if (name === 'soak') options.soak = count(1440);
    else if (name === 'whole-platform-vs') {
      if (!existsSync(path.join(value, 'gateway', 'dist', 'main.js'))) throw new BenchOptionError(`--whole-platform-vs needs a built Caregraph checkout (npm ci && npm run build there); ${value} has no gateway/dist/main.js`);
      options.wholePlatformVs = value;
    }
    else if (name === 'scale-prefixes') options.scalePrefixes = value.split(',').filter(Boolean);
    else if (name === 'contenders') {
      const list = value.split(',').filter(Boolean);
      const unknown = list.find((c) => !BENCH_DEFAULTS.contenders.includes(c));
      if (unknown || list.length === 0) throw new BenchOptionError(`--contenders takes ${BENCH_DEFAULTS.contenders.join(', ')}; got "${value}"`);
      options.contenders = list;
    } else throw new BenchOptionError(`unknown option --${name}\n${USAGE}`);
  }
  return options;
}
