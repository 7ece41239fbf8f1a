import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server that can be stopped without cutting off requests in flight. */
export interface GracefulServer {
  server: Server;
  port: number;
  /** Stops accepting connections, lets requests in flight finish (up to `drainMs`), then closes. */
  close(drainMs?: number): Promise<void>;
}

/** Raised when the port is already taken, naming it. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use (is Caregraph already running?)`);
  }
}

/** Starts listening with `handler`; rejects with PortInUseError when the port is taken. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host: string,
  port: number,
): Promise<GracefulServer> {
  const server = createServer({ keepAliveTimeout: 65_000 }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error),
    );
    server.listen(port, host, () => resolve());
  });
  let closing: Promise<void> | undefined;
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close(drainMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        const deadline = setTimeout(() => server.closeAllConnections(), drainMs);
        // Keep-alive connections turn idle once their last response is out: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        deadline.unref();
        sweep.unref();
        server.close(() => {
          clearTimeout(deadline);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
