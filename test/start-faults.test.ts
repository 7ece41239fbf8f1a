// `npm start` fails fast and clearly when it cannot run: an unreachable DATABASE_URL, or a port
// that is already taken. Every port is moved off the defaults so a running platform is left alone.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { freePorts, OPS_PORT_VARIABLES, PORT_VARIABLES } from './support/platform';

const root = path.resolve(__dirname, '..');

interface StartResult {
  code: number | null;
  output: string;
  elapsedMs: number;
}

/** Runs `node scripts/start.mjs` with `env` on top of the test's environment (minus DATABASE_URL). */
function runStart(env: Record<string, string>, timeoutMs = 20_000): Promise<StartResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // Never leave a platform behind if start.mjs unexpectedly gets further than it should.
  const guard = setTimeout(() => child.kill('SIGINT'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output, elapsedMs: Date.now() - started });
    });
  });
}

/** A server holding a port the system gave us. */
async function occupyPort(): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;

/**
 * Distinct free ports for every port start.mjs checks before anything else: the services' own, their operations
 * ports (by default each service's port + 10000, which another process of a busy test run may hold), the delivery
 * worker's and the embedded PostgreSQL's.
 */
async function isolatedPorts(): Promise<Record<string, string>> {
  const names = [...Object.values(PORT_VARIABLES), ...Object.values(OPS_PORT_VARIABLES), 'WORKER_OPS_PORT', 'EMBEDDED_PG_PORT'];
  const ports = await freePorts(names.length);
  return Object.fromEntries(names.map((name, i) => [name, String(ports[i])]));
}

describe('npm start', () => {
  it('fails within 10 s naming host and port (not the password) when DATABASE_URL cannot be reached', async () => {
    const result = await runStart({ ...(await isolatedPorts()), DATABASE_URL: 'postgres://postgres:s3cret-pw@127.0.0.1:1/postgres' });
    expect(result.code).not.toBe(0);
    expect(result.elapsedMs).toBeLessThan(10_000);
    expect(result.output).toContain('127.0.0.1:1');
    expect(result.output).not.toContain('s3cret-pw');
  });

  it.each([
    ['PORT', 'gateway'],
    ['CARE_PLANS_PORT', 'care-plans'],
    ['EMBEDDED_PG_PORT', 'embedded PostgreSQL'],
  ])('exits 1 naming the port when %s is already in use (%s)', async (variable, owner) => {
    const taken = await occupyPort();
    try {
      const port = portOf(taken);
      const env: Record<string, string> = { ...(await isolatedPorts()), [variable]: String(port) };
      // An unreachable server for the service ports, so nothing heavy starts even if the check were missing.
      if (variable !== 'EMBEDDED_PG_PORT') env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/postgres';
      const result = await runStart(env);
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} (${owner}) is already in use`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
