// The whole platform as `npm start` runs it (gateway, five subgraphs, worker, the three browser apps,
// demo data), for a bench: on databases of its own (`<prefix>accounts`, …) and on free ports, so it
// never meets development data or a running `npm start`.
import { startPlatform } from '../../scripts/lib/platform.mjs';
import { STATIC_APPS } from '../../scripts/lib/static-app-server.mjs';
import { GATEWAY, SUBGRAPHS } from '../../scripts/lib/subgraphs.mjs';
import { freePorts } from './services.mjs';

/**
 * Starts the platform on `serverUrl` with databases named `<prefix>…`; `env` reaches every process,
 * `log` every output line. Resolves with what startPlatform returns (`urls`, `stop()`).
 */
export async function startBenchPlatform({ serverUrl, prefix, env = {}, log }) {
  const names = [GATEWAY, ...SUBGRAPHS].map((s) => s.name);
  const free = await freePorts(names.length * 2 + 1 + STATIC_APPS.length);
  const ports = Object.fromEntries(names.map((name, i) => [name, free[i]]));
  const opsPorts = Object.fromEntries(names.map((name, i) => [name, free[names.length + i]]));
  const appPorts = Object.fromEntries(STATIC_APPS.map((app, i) => [app.name, free[names.length * 2 + 1 + i]]));
  return startPlatform({
    databaseUrl: serverUrl,
    databasePrefix: prefix,
    ports,
    opsPorts,
    appPorts,
    workerOpsPort: free[names.length * 2],
    log,
    env,
  });
}
