// Checks that the ports the platform is about to use are free, before anything is started,
// so a second `npm start` fails at once with a message naming the port and its purpose.
import net from 'node:net';

/** Raised when a port is taken (or configured twice); the message is meant for the terminal. */
export class PortUnavailableError extends Error {}

/** Tries to listen on host:port; resolves with the error code, or undefined when the port was free. */
function tryListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error.code ?? 'ERROR'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

// Listening on loopback alone is not enough: on some systems a specific address can be bound
// while another program holds the wildcard one (and vice versa), so try each of them.
const PROBE_HOSTS = ['127.0.0.1', '0.0.0.0', '::'];

/** Why `port` cannot be used ('in use', 'not permitted'), or undefined when it is free. */
async function portProblem(port, host) {
  for (const candidate of new Set([host, ...PROBE_HOSTS])) {
    const code = await tryListen(port, candidate);
    // No IPv6 on this machine, or an address that is not ours: says nothing about the port.
    if (code === 'EAFNOSUPPORT' || code === 'EADDRNOTAVAIL' || code === undefined) continue;
    return code === 'EACCES' ? 'not permitted' : 'in use';
  }
  return undefined;
}

/** True when nothing else listens on `port` (on `host`, loopback or any address). */
export async function isPortFree(port, host = '127.0.0.1') {
  return (await portProblem(port, host)) === undefined;
}

/**
 * Fails with a PortUnavailableError when one of `wanted` ({ port, owner, host? }) is configured
 * twice or already in use, naming the port and what wanted it.
 */
export async function assertPortsFree(wanted) {
  const owners = new Map();
  for (const { port, owner } of wanted) {
    if (owners.has(port)) {
      throw new PortUnavailableError(`Port ${port} is configured for both ${owners.get(port)} and ${owner} — give each its own port.`);
    }
    owners.set(port, owner);
  }
  for (const { port, owner, host = '127.0.0.1' } of wanted) {
    const problem = await portProblem(port, host);
    if (problem === 'in use') {
      throw new PortUnavailableError(`Port ${port} (${owner}) is already in use — is Caregraph already running?`);
    }
    if (problem) throw new PortUnavailableError(`Port ${port} (${owner}) cannot be used: permission denied — choose a port above 1023.`);
  }
}

/** A port the system reports free right now (for tests and temporary servers). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A port the system reports free and that is not in `taken`, which it then joins. For ports handed out
 * before anything binds them: the system may report one of them free again, and two services would get it.
 */
export async function freePortOutside(taken) {
  for (;;) {
    const port = await freePort();
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}
