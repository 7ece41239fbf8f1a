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
    const overload = node(['bench/overload.mjs', '--levels', '1,four']);
    expect(overload.status).toBe(2);
    expect(overload.stderr).toMatch(/--levels 1,four is not an option here; use --seconds N, --levels 1,4,10, --timeout-ms N/);
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
          peakRss: { caregraph: 100, floor: 50 }, runs: { caregraph: [${JSON.stringify(run)}], floor: [${JSON.stringify({ ...run, requestsPerSecond: 200, cpuMsPerOperation: 1 })}] } };
        writeResults(${JSON.stringify(file)}, data);
        writeResults(${JSON.stringify(file)}, data);`;
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# Benchmark results\n\nHand-written notes.\n')).toBe(true);
      expect(text.match(/bench:begin/g)).toHaveLength(1);
      expect(text).toMatch(/\| caregraph \| 100 \| 10 \| 20 \| 30 \| 2\.00 \| 3\.00 \| 100 \| 0 \|/);
      expect(text).toMatch(/\| floor \| 0\.50× \| 2\.00× \| 1\.00× \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
