// node bench/argon2-malloc.mjs [ROUNDS] [AT_ONCE]: what accounts' malloc settings (ACCOUNTS_GLIBC_TUNABLES,
// docs/adr/035) cost a sign-in. Accounts' argon2id verification (its parameters: 19 MiB, t=2, p=1) runs in three
// processes side by side, in interleaved rounds of AT_ONCE verifications at once (default 4, libuv's threads):
// glibc's default malloc (each thread's arena keeps the 19 MiB block), mmap_threshold=131072 alone (each block
// mapped afresh, in 4 KiB pages) and accounts' settings (the same in huge pages where the kernel allows them).
// Prints each one's wall time and CPU time (user + system) per verification, medians after two warm-up rounds,
// and its RSS before and after.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOUNTS_GLIBC_TUNABLES, REPO_ROOT } from '../scripts/lib/subgraphs.mjs';

const PASSWORD = 'CaregraphScale!2026';
const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;

if (process.argv[2] === '--child') {
  const atOnce = Number(process.argv[3]);
  const argon2 = createRequire(path.join(REPO_ROOT, 'subgraphs/accounts/package.json'))('argon2');
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  process.on('message', async (message) => {
    if (message === 'stop') process.exit(0);
    const cpu = process.cpuUsage();
    const times = await Promise.all(
      Array.from({ length: atOnce }, async () => {
        const t = process.hrtime.bigint();
        if (!(await argon2.verify(hash, PASSWORD))) throw new Error('verification failed');
        return Number(process.hrtime.bigint() - t) / 1e6;
      }),
    );
    const used = process.cpuUsage(cpu);
    process.send({ times, rss: rssMiB(), user: used.user / 1000 / atOnce, system: used.system / 1000 / atOnce });
  });
  process.send({ rss: rssMiB() });
} else {
  const rounds = Number(process.argv[2] ?? 30);
  const atOnce = Number(process.argv[3] ?? 4);
  const baseEnv = { ...process.env };
  delete baseEnv.GLIBC_TUNABLES;
  delete baseEnv.MALLOC_MMAP_THRESHOLD_;
  const start = (extra) =>
    new Promise((resolve) => {
      const child = fork(fileURLToPath(import.meta.url), ['--child', String(atOnce)], { env: { ...baseEnv, ...extra } });
      child.once('message', (m) => resolve({ child, startRss: m.rss, rss: m.rss, times: [], cpu: [], user: [], system: [] }));
    });
  const contenders = [
    ['glibc default', await start({})],
    ['mmap_threshold=131072', await start({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' })],
    ['accounts (+ hugetlb=1)', await start({ GLIBC_TUNABLES: ACCOUNTS_GLIBC_TUNABLES })],
  ];
  const ask = (c) =>
    new Promise((resolve) => {
      c.child.once('message', resolve);
      c.child.send('go');
    });
  for (let round = 0; round < rounds; round++) {
    // Each round in another order, so no contender always follows the same one.
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const [, c] of order) {
      const { times, rss, user, system } = await ask(c);
      c.rss = rss;
      if (round < 2) continue; // warm-up
      c.times.push(...times);
      c.user.push(user);
      c.system.push(system);
      c.cpu.push(user + system);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`argon2id verification, ${rounds - 2} rounds of ${atOnce} at once (medians; CPU per verification)`);
  for (const [name, c] of contenders) {
    console.log(
      `${name.padEnd(24)} wall ${median(c.times).toFixed(1).padStart(7)} ms  CPU ${median(c.cpu).toFixed(1).padStart(6)} ms (user ${median(c.user).toFixed(1)}, system ${median(c.system).toFixed(1)})  RSS ${c.startRss.toFixed(0)} → ${c.rss.toFixed(0)} MiB`,
    );
    c.child.send('stop');
  }
}
