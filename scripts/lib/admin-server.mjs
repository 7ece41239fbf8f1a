// Serves the built admin dashboard (admin/dist) for `npm start`: the static files, a generated
// /config.js pointing the dashboard at /graphql, and /graphql proxied to the gateway, so the browser
// talks to one origin and the gateway needs no CORS allowances.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build -w @caregraph/admin` writes the dashboard. */
export const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'admin', 'dist');
/** DESIGN.md decision 13. */
export const ADMIN_DEFAULT_PORT = 5173;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };
const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

/** Forwards a /graphql request to the gateway, body and answer streamed through. */
function proxy(req, res, gatewayUrl) {
  const target = new URL(gatewayUrl);
  const headers = { ...req.headers, host: target.host };
  const upstream = http.request({ hostname: target.hostname, port: target.port, path: target.pathname + (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''), method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'The gateway cannot be reached.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  });
  req.pipe(upstream);
}

/**
 * Starts serving the dashboard on 127.0.0.1:`port`. Resolves with `{ url, stop() }`, or with
 * `{ skipped: reason }` when there is no build or the port is taken: the dashboard is a
 * convenience and never stops the platform from starting.
 */
export async function startAdminServer({ port = ADMIN_DEFAULT_PORT, gatewayUrl, dist = ADMIN_DIST, host = '127.0.0.1' }) {
  if (!existsSync(path.join(dist, 'index.html'))) return { skipped: 'not built: run `npm run build:admin`, then start again' };
  const config = `window.CAREGRAPH_CONFIG = ${JSON.stringify({ gatewayUrl: '/graphql' })};\n`;
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (pathname === '/graphql') return proxy(req, res, gatewayUrl);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (pathname === '/config.js') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(config);
      return;
    }
    const file = path.join(dist, path.normalize(pathname).replace(/^([/\\])+/, ''));
    const inside = file.startsWith(dist + path.sep);
    const body = inside ? await readFile(file).catch(() => undefined) : undefined;
    // Anything that is not a file is a route of the single-page app.
    const served = body ?? (await readFile(path.join(dist, 'index.html')));
    const type = body ? TYPES[path.extname(file)] ?? 'application/octet-stream' : TYPES['.html'];
    const cache = body && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache }).end(req.method === 'HEAD' ? undefined : served);
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    return { skipped: error.code === 'EADDRINUSE' ? `port ${port} is in use (set ADMIN_PORT)` : error.message };
  }
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
