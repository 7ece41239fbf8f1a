import { startReadinessMonitor } from './readiness-monitor';
import { startOpsServer } from './ops-server';
import { Registry } from 'prom-client';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startReadinessMonitor', () => {
  it('answers from the last background check, never checking per call, and never two checks at once', async () => {
    let checks = 0;
    let running = 0;
    let overlapped = false;
    let healthy = true;
    const monitor = startReadinessMonitor(async () => {
      checks++;
      overlapped ||= running > 0;
      running++;
      await sleep(30);
      running--;
      return { ready: healthy, details: { database: healthy ? 'ok' : 'unavailable' } };
    }, 100);
    expect(monitor.current()).toEqual({ status: 'starting' });
    await monitor.firstCheck;
    const after = checks;
    for (let i = 0; i < 1000; i++) monitor.current();
    expect(checks).toBe(after);
    expect(monitor.current()).toEqual({ status: 'ok', checkedAt: expect.any(String), database: 'ok' });

    healthy = false;
    await sleep(250);
    expect(monitor.current()).toMatchObject({ status: 'unavailable', database: 'unavailable' });
    expect(monitor.isReady()).toBe(false);
    healthy = true;
    await sleep(250);
    expect(monitor.isReady()).toBe(true);
    expect(overlapped).toBe(false);
    monitor.stop();
  });

  it('counts a check that throws as not ready, and says stopping at once when told, whatever checks find', async () => {
    const monitor = startReadinessMonitor(async () => {
      throw new Error('connection refused');
    }, 100);
    await monitor.firstCheck;
    expect(monitor.current()).toMatchObject({ status: 'unavailable' });
    expect(JSON.stringify(monitor.current())).not.toMatch(/refused/);
    monitor.markStopping();
    expect(monitor.current()).toEqual({ status: 'stopping' });
    expect(monitor.isReady()).toBe(false);
  });
});

describe('startOpsServer', () => {
  it('serves /live, /ready (200 or 503) and /metrics, and nothing else', async () => {
    let ready = true;
    const readiness = startReadinessMonitor(async () => ({ ready }), 100);
    await readiness.firstCheck;
    const registry = new Registry();
    const ops = await startOpsServer({ host: '127.0.0.1', port: 0, registry, readiness });
    const base = `http://127.0.0.1:${ops.port}`;
    try {
      expect((await fetch(`${base}/live`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).headers.get('content-type')).toMatch(/^text\/plain/);
      expect((await fetch(`${base}/graphql`)).status).toBe(404);
      expect((await fetch(`${base}/ready`, { method: 'POST' })).status).toBe(405);
      ready = false;
      await sleep(250);
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      readiness.markStopping();
      const stopping = await fetch(`${base}/ready`);
      expect(stopping.status).toBe(503);
      expect(stopping.headers.get('connection')).toBe('close');
      expect(await stopping.json()).toEqual({ status: 'stopping' });
    } finally {
      readiness.stop();
      await ops.close(100);
    }
  });
});
