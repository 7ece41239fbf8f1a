// Ctrl-C during `npm start` stops everything start.mjs started, whenever it comes: here at the moment it
// was once lost, after the services were ready and while the browser apps were being served (start.mjs
// then printed its banner and ignored every later signal, leaving the services running).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { childPids, dropPlatformDatabases, spawnPlatform } from './support/platform';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process below `pid` now (Linux: /proc). */
const descendants = (pid: number): number[] => childPids(pid).flatMap((child) => [child, ...descendants(child)]);

/** Whether `pid` still runs (an exited process not yet reaped, a zombie, does not). */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm start and Ctrl-C', () => {
  const prefix = `e2e_${randomBytes(3).toString('hex')}_`;
  afterAll(() => dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix), 60_000);

  it('stops every process it started, and never says it is running, when Ctrl-C comes while the browser apps start', async () => {
    const platform = await spawnPlatform({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePrefix: prefix, env: { LOG_LEVEL: 'warn' } });
    let reportedReady = false;
    platform.child.on('message', (message: { type?: string }) => {
      if (message?.type === 'ready') reportedReady = true;
    });
    let started: number[] = [];
    try {
      // The admin dashboard is served first, once the services are ready: when its port answers, the client
      // app (whose server rendering takes a moment to load) and the therapist workspace are still to come.
      const deadline = Date.now() + 90_000;
      while (!(await accepts(platform.appPorts.admin))) {
        if (platform.child.exitCode !== null || Date.now() > deadline) throw new Error(`start.mjs did not get to the browser apps:\n${platform.output()}`);
        await sleep(10);
      }
      started = descendants(platform.child.pid!);
      platform.child.kill('SIGINT');
      await Promise.race([platform.exited, sleep(30_000)]);

      expect(platform.child.exitCode).toBe(0);
      expect(reportedReady).toBe(false);
      expect(platform.output()).not.toContain('Caregraph is running');
      // The gateway, five subgraphs and the delivery worker were running when Ctrl-C came; none is now.
      expect(started.length).toBeGreaterThanOrEqual(7);
      expect(started.filter(running)).toEqual([]);
    } finally {
      for (const pid of started.filter(running)) process.kill(pid, 'SIGKILL');
      await platform.stop();
    }
  }, 150_000);
});
