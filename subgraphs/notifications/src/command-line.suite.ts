// The subgraph's command line (the runtime's runSubgraphCli), as a process: `migrate --seed` is how npm start and
// the tests' template migrate and seed in one process (test/platform.e2e.test.ts runs it on fresh databases and
// reads the seeded data back); an option migrate does not know is refused before anything is opened.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const MAIN = path.resolve(__dirname, '../dist/main.js');

describe('the command line', () => {
  it('refuses an option migrate does not know, naming it and the commands, with a non-zero exit', () => {
    const run = spawnSync(process.execPath, [MAIN, 'migrate', '--seeds'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown option "--seeds" for migrate');
    expect(run.stderr).toContain('migrate [--seed]');
  });
});
