// The round-robin in front of replicas (scripts/lib/round-robin.mjs, `npm start -- --replicas=N`): with one
// replica gone, every connection still reaches the other, however many arrive at once.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROUND_ROBIN = pathToFileURL(path.join(__dirname, '..', 'scripts', 'lib', 'round-robin.mjs')).href;

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
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', PROBE(40)], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual(Array(40).fill('ok'));
  });
});
