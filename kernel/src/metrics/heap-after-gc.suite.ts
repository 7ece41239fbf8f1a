import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const MiB = 2 ** 20;

/**
 * The figures are taken in a fresh Node process (test/heap-probe.js, on the compiled kernel `npm test`
 * builds first), not in the jest worker: there an earlier file's module registry and vm context take many
 * collections to go (CI saw 25 and 92 MiB freed between two readings in a row, and once ran past 30 s
 * waiting for them to settle), and this file's figures must not move with them.
 */
async function probe(): Promise<{ before: number; holding: number; released: number; keptFreed: boolean }> {
  const script = path.join(__dirname, '..', '..', 'test', 'heap-probe.js');
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', script], { timeout: 60_000 });
  return JSON.parse(stdout);
}

describe('the live heap after a major collection (caregraph_heap_after_major_gc_bytes)', () => {
  it('rises by what is kept across collections and falls back when it is let go, whatever garbage waits meanwhile', async () => {
    const { before, holding, released, keptFreed } = await probe();
    expect(before).toBeGreaterThan(0);
    // The probe keeps about 115 MiB; the margins (half of it) leave room for the process's own allocations.
    expect(holding - before).toBeGreaterThan(60 * MiB);
    expect(keptFreed).toBe(true);
    expect(holding - released).toBeGreaterThan(60 * MiB);
    expect(released - before).toBeLessThan(30 * MiB);
  }, 90_000);
});
