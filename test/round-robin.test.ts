// Replicas on one machine (`npm start -- --replicas=N`): the round-robin in front of them
// (scripts/lib/round-robin.mjs), with one replica gone, still sends every connection to the other, however
// many arrive at once; and each replica's port is one no configured service has (scripts/lib/ports.mjs).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROUND_ROBIN = pathToFileURL(path.join(__dirname, '..', 'scripts', 'lib', 'round-robin.mjs')).href;
const PORTS = pathToFileURL(path.join(__dirname, '..', 'scripts', 'lib', 'ports.mjs')).href;
/** The modules are ESM: each check runs in a Node process of its own and prints JSON. */
const runModule = async (source: string) => JSON.parse((await promisify(execFile)(process.execPath, ['--input-type=module', '-e', source], { timeout: 20_000 })).stdout);

/**
 * Runs in a Node process of its own (the module is ESM): a live replica that answers "ok", a port nothing
 * listens on (a killed replica), the round-robin in front of both, and `connections` clients at once that
 * each send a line and wait for the answer. Prints what each client got: "ok", or how it ended.
 */
const PROBE = (connections: number) => `
import net from 'node:net';
import { startRoundRobin } from ${JSON.stringify(ROUND_ROBIN)};
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const live = net.createServer((socket) => socket.once('data', () => socket.end('ok')));
const livePort = await listen(live);
const gone = net.createServer();
const gonePort = await listen(gone);
await new Promise((resolve) => gone.close(resolve));
const balancer = await startRoundRobin({ port: 0, backends: [gonePort, livePort] });
const ask = () => new Promise((resolve) => {
  const socket = net.connect({ port: balancer.port, host: '127.0.0.1' }, () => socket.write('hello'));
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  socket.on('error', (error) => resolve(error.code));
  socket.on('close', () => resolve(answer || 'closed without an answer'));
});
const answers = await Promise.all(Array.from({ length: ${connections} }, ask));
console.log(JSON.stringify(answers));
await balancer.close();
live.close();
`;

describe('the round-robin in front of replicas', () => {
  it('sends each of 40 concurrent connections to the replica that is up when the other refuses', async () => {
    expect(await runModule(PROBE(40))).toEqual(Array(40).fill('ok'));
  });
});

describe("replicas' own ports", () => {
  it('never hands out a port already given to a service, however often the system offers it', async () => {
    // Every port the system hands out for listening, except multiples of 7, counts as given out already.
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    const picked: number[] = await runModule(`
      import { freePortOutside } from ${JSON.stringify(PORTS)};
      const taken = new Set();
      for (let port = ${low}; port <= ${high}; port++) if (port % 7 !== 0) taken.add(port);
      const picked = [];
      for (let i = 0; i < 5; i++) picked.push(await freePortOutside(taken));
      console.log(JSON.stringify(picked.filter((port) => taken.has(port)).length === 5 ? picked : 'not recorded as taken'));
    `);
    expect(picked).toHaveLength(5);
    for (const port of picked) expect(port % 7).toBe(0);
    expect(new Set(picked).size).toBe(5);
  });
});
