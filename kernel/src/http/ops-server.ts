import type { Registry } from 'prom-client';
import { envInt, envString, ConfigError } from '../config';
import { serveMetrics } from '../metrics/service-metrics';
import { listen, type GracefulServer } from './graceful-server';
import { sendJson } from './graphql-handler';
import type { ReadinessMonitor } from './readiness-monitor';

/** Where a service's operations endpoints listen, and how often readiness is checked. */
export interface OpsConfig {
  host: string;
  port: number;
  /** How often the background readiness check runs; `/ready` answers its last result. */
  readinessIntervalMs: number;
}

/** By convention a service's operations port is its public port plus this (gateway 4000 → 14000, accounts 4101 → 14101; not +1000, which would put the gateway's on 5000, taken by AirPlay on macOS). */
export const OPS_PORT_OFFSET = 10_000;

/**
 * Reads where the operations endpoints listen: `<PREFIX>_OPS_PORT` (or `OPS_PORT` without a
 * prefix; default the public port + 100000, or 0, any free port, when the public port is 0),
 * `<PREFIX>_OPS_HOST` or `OPS_HOST` (default 127.0.0.1: only this machine; 0.0.0.0 where
 * Prometheus or the orchestrator's probes come from elsewhere) and READINESS_INTERVAL_MS (5000).
 */
export function readOpsConfig(publicPort: number, prefix?: string): OpsConfig {
  const named = (name: string) => (prefix ? `${prefix}_${name}` : name);
  const port = envInt(named('OPS_PORT'), publicPort === 0 ? 0 : publicPort + OPS_PORT_OFFSET);
  if (port > 65_535) throw new ConfigError(`${named('OPS_PORT')} must be at most 65535, got ${port} (set it when the public port is above 55535)`);
  if (port !== 0 && port === publicPort) throw new ConfigError(`${named('OPS_PORT')} must differ from the public port (${publicPort})`);
  const readinessIntervalMs = envInt('READINESS_INTERVAL_MS', 5000);
  if (readinessIntervalMs < 100) throw new ConfigError(`READINESS_INTERVAL_MS must be at least 100, got "${readinessIntervalMs}"`);
  return { host: envString(named('OPS_HOST'), envString('OPS_HOST', '127.0.0.1')), port, readinessIntervalMs };
}

/** The routes of an operations server. */
export const OPS_ROUTES = ['/live', '/ready', '/metrics'] as const;

/**
 * Starts a service's operations server, apart from its public port: `/live` (the process
 * answers), `/ready` (the readiness monitor's last verdict: 200 when ok, else 503; no check per
 * call) and `/metrics` (Prometheus). Nothing else; no credentials, so bind it to an internal interface.
 */
export async function startOpsServer(options: { host: string; port: number; registry: Registry; readiness: ReadinessMonitor }): Promise<GracefulServer> {
  const { registry, readiness } = options;
  return listen(
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Only GET.' });
      if (path === '/live') return sendJson(res, 200, { status: 'ok' });
      if (path === '/ready') {
        const state = readiness.current();
        // Ask the load balancer's keep-alive probes to reconnect once this replica is leaving.
        if (state.status === 'stopping') res.setHeader('connection', 'close');
        return sendJson(res, state.status === 'ok' ? 200 : 503, state);
      }
      if (path === '/metrics') {
        serveMetrics(res, registry).catch(() => {
          if (!res.headersSent) sendJson(res, 500, { error: 'metrics unavailable' });
          else res.end();
        });
        return;
      }
      sendJson(res, 404, { error: 'Not found. Operations endpoints: /live, /ready, /metrics.' });
    },
    options.host,
    options.port,
  );
}
