import { listen, PortInUseError } from './graceful-server';

describe('graceful HTTP server', () => {
  it('names the port when it is already taken', async () => {
    const first = await listen((_req, res) => res.end('ok'), '127.0.0.1', 0);
    await expect(listen((_req, res) => res.end('ok'), '127.0.0.1', first.port)).rejects.toThrow(
      new PortInUseError('127.0.0.1', first.port),
    );
    await first.close();
  });

  it('lets a request in flight finish while refusing new connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const server = await listen(
      (_req, res) => {
        arrived();
        void gate.then(() => res.end('finished'));
      },
      '127.0.0.1',
      0,
    );
    const url = `http://127.0.0.1:${server.port}/`;
    const inFlight = fetch(url).then((r) => r.text());
    // Close only once the request is being handled: on a loaded machine a fixed pause can end before it arrives.
    await reached;
    const closed = server.close();
    await expect(fetch(url)).rejects.toThrow();
    release();
    await expect(inFlight).resolves.toBe('finished');
    await closed;
  });
});
