// A small TCP round-robin in front of a service's replicas, for `npm start -- --replicas=N` and the
// scale-out test: what a Kubernetes Service or any load balancer does, on one machine. Each new
// connection goes to the next replica; a replica that refuses the connection (stopped, killed) is
// skipped for the ones after it, so the rest keep serving. It knows nothing of HTTP.
import net from 'node:net';

/**
 * Listens on `host:port` and spreads connections over `backends` (ports on 127.0.0.1) in turn.
 * Resolves once listening, with `close()`.
 *
 * @param {{ port: number, host?: string, backends: number[] }} options
 */
export function startRoundRobin({ port, host = '127.0.0.1', backends }) {
  let next = 0;
  const sockets = new Set();

  /**
   * Connects `client` to the first replica from `first` on that accepts, trying each once. The retries
   * walk on from this connection's own turn: taken from the shared turn, concurrent connections'
   * retries could land on the refusing replica again and be dropped while another replica served.
   */
  function forward(client, first = next++, tried = 0) {
    if (tried >= backends.length) {
      client.destroy();
      return;
    }
    const backendPort = backends[(first + tried) % backends.length];
    const upstream = net.connect({ port: backendPort, host: '127.0.0.1' });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    const refused = () => {
      upstream.destroy();
      forward(client, first, tried + 1);
    };
    upstream.once('error', refused);
    upstream.once('connect', () => {
      upstream.off('error', refused);
      // Either side going away ends the other: a killed replica's connections fail, as they would behind any balancer.
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      upstream.pipe(client);
      client.pipe(upstream);
      client.resume();
    });
  }

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    forward(client);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
