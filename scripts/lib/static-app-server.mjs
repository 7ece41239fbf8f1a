// Serves a built browser app (the admin dashboard, the reference client, the therapist workspace) for `npm start`: the static
// files, a generated /config.js pointing the app at /graphql, and /graphql proxied to the gateway, so
// the browser talks to one origin and the gateway needs no CORS allowances.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { loadServerRendering } from './server-rendering.mjs';
import { REPO_ROOT, portFromEnv } from './subgraphs.mjs';

/**
 * @typedef {object} StaticApp
 * @property {string} name          Key in the platform's urls (`admin`, `web`, `therapist`).
 * @property {string} label         What the app is, for messages.
 * @property {string} dist          Its Vite build folder.
 * @property {number} defaultPort   Its default port (docs/architecture.md#ports).
 * @property {string} portVariable  Variable that moves it to another port.
 * @property {string} buildCommand  What builds it.
 * @property {Record<string,string>} [headers] Extra response headers for its files (e.g. a Content-Security-Policy).
 * @property {string} [serverRenderer] Its built server renderer, when some of its pages are rendered on the server.
 */

/** @type {StaticApp} The react-admin dashboard for admins. */
export const ADMIN_APP = Object.freeze({
  name: 'admin',
  label: 'admin dashboard',
  dist: path.join(REPO_ROOT, 'admin', 'dist'),
  defaultPort: 5173,
  portVariable: 'ADMIN_PORT',
  buildCommand: 'npm run build:admin',
});

// The browser apps we write ourselves are our own code only: no inline scripts, no other origins.
// Limits what an injected script could do with the session it can reach (ADR 016).
const OWN_CODE_ONLY = Object.freeze({
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
});

/** @type {StaticApp} The reference client app for clients (ADR 016); its public pages rendered on the server (ADR 031). */
export const WEB_APP = Object.freeze({
  name: 'web',
  label: 'client app',
  dist: path.join(REPO_ROOT, 'clients', 'web', 'dist'),
  serverRenderer: path.join(REPO_ROOT, 'clients', 'web', 'dist-server', 'entry-server.js'),
  defaultPort: 5174,
  portVariable: 'WEB_PORT',
  buildCommand: 'npm run build:web',
  headers: OWN_CODE_ONLY,
});

/** @type {StaticApp} The therapist workspace (clients/therapist), built and served like the client app. */
export const THERAPIST_APP = Object.freeze({
  name: 'therapist',
  label: 'therapist workspace',
  dist: path.join(REPO_ROOT, 'clients', 'therapist', 'dist'),
  defaultPort: 5175,
  portVariable: 'THERAPIST_PORT',
  buildCommand: 'npm run build:therapist',
  headers: OWN_CODE_ONLY,
});

/** The apps `npm start` serves, in the order it prints them. */
export const STATIC_APPS = Object.freeze([ADMIN_APP, WEB_APP, THERAPIST_APP]);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };
const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))/;

/** The encoding to send `body` in: brotli, else gzip, when the browser accepts it and it is text worth compressing. */
function encodingFor(req, contentType, body) {
  if (body.length <= 1024 || !COMPRESSIBLE.test(contentType)) return undefined;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
}

const compress = (body, encoding) => (encoding === 'br' ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body));

/**
 * Answers with `body`, compressed when the browser accepts it: a phone on a slow connection gets the app's
 * script in a quarter of the bytes. `compressed` keeps a file's compressed copies by encoding, so that a file
 * is compressed once, not on every request (the dashboard's script took 76 ms of CPU each time).
 */
function sendCompressed(req, res, status, headers, body, compressed) {
  const encoding = encodingFor(req, headers['content-type'], body);
  let sent = body;
  if (encoding) {
    sent = compressed?.get(encoding);
    if (!sent) {
      sent = compress(body, encoding);
      compressed?.set(encoding, sent);
    }
  }
  res.writeHead(status, { ...headers, vary: 'accept-encoding', ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': Buffer.byteLength(sent) });
  res.end(req.method === 'HEAD' ? undefined : sent);
}

/**
 * Reads the app's files, keeping each one and its compressed copies while its size and time stay the same:
 * a rebuild while the server runs is served at once. Bounded by the build folder's size.
 */
function fileReader() {
  const files = new Map();
  return async (file) => {
    const stats = await stat(file).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    const stamp = `${stats.size}:${stats.mtimeMs}`;
    let entry = files.get(file);
    if (entry?.stamp !== stamp) {
      const body = await readFile(file).catch(() => undefined);
      if (!body) return undefined;
      entry = { stamp, body, compressed: new Map() };
      files.set(file, entry);
    }
    return entry;
  };
}

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
 * Starts serving `app` on `host`:`port` (default: the app's variable in `env`, else its default port).
 * Resolves with `{ url, stop() }`, or with `{ skipped: reason }` when there is no build or the port
 * is taken: the apps are a convenience and never stop the platform from starting.
 *
 * @param {StaticApp} app
 * @param {{ gatewayUrl: string, port?: number, env?: Record<string,string|undefined>, dist?: string, host?: string }} options
 */
export async function startStaticAppServer(app, { gatewayUrl, port, env = process.env, dist = app.dist, host = '127.0.0.1', log = (line) => process.stderr.write(`${line}\n`) }) {
  if (!existsSync(path.join(dist, 'index.html'))) return { skipped: `not built: run \`${app.buildCommand}\`, then start again` };
  let listenOn;
  try {
    listenOn = port ?? portFromEnv(env, app.portVariable, app.defaultPort);
  } catch (error) {
    return { skipped: error.message };
  }
  const headers = { ...SECURITY_HEADERS, ...app.headers };
  const config = `window.CAREGRAPH_CONFIG = ${JSON.stringify({ gatewayUrl: '/graphql' })};\n`;
  const send = (req, res, status, type, cache, body, compressed) => sendCompressed(req, res, status, { ...headers, 'content-type': type, 'cache-control': cache }, body, compressed);
  const readAppFile = fileReader();
  // The public origin canonical links and the sitemap name: the app's public address when configured.
  const origin = (env.APP_BASE_URL ?? '').replace(/\/+$/, '') || undefined;
  let render;
  /** A page that could not be rendered is drawn by the app in the browser; the sitemap is said to be unavailable. */
  const renderingFailed = (pathname, error) => {
    log(`${app.label}: ${pathname.split('/')[1] || 'home'} not rendered on the server: ${error.message}`);
    return pathname === '/sitemap.xml' ? { status: 503, type: 'text/plain; charset=utf-8', body: 'The sitemap cannot be made at the moment.\n' } : undefined;
  };
  const server = http.createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent((req.url ?? '/').split('?')[0]);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (pathname === '/graphql') return proxy(req, res, gatewayUrl);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (pathname === '/config.js') return send(req, res, 200, TYPES['.js'], 'no-store', config);
    const file = path.join(dist, path.normalize(pathname).replace(/^([/\\])+/, ''));
    const inside = file.startsWith(dist + path.sep);
    const found = inside ? await readAppFile(file) : undefined;
    if (found) return send(req, res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache', found.body, found.compressed);
    // A public page rendered here; when rendering fails, the app draws it in the browser as before.
    const rendered = render ? await render(req, pathname).catch((error) => renderingFailed(pathname, error)) : undefined;
    if (rendered) return send(req, res, rendered.status, rendered.type, 'no-cache', rendered.body);
    // A file that is not there (an old build's script, /favicon.ico) is not a page of the app: no index.html
    // for it, which a browser would refuse as a script or take for an icon.
    if (path.extname(pathname)) return send(req, res, 404, 'text/plain; charset=utf-8', 'no-cache', 'Not found\n');
    // Anything else is a route of the single-page app.
    const index = await readAppFile(path.join(dist, 'index.html'));
    if (!index) return send(req, res, 404, 'text/plain; charset=utf-8', 'no-cache', 'Not found\n');
    return send(req, res, 200, TYPES['.html'], 'no-cache', index.body, index.compressed);
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(listenOn, host, resolve);
    });
  } catch (error) {
    return { skipped: error.code === 'EADDRINUSE' ? `port ${listenOn} is in use (set ${app.portVariable})` : error.message };
  }
  const address = server.address();
  if (app.serverRenderer) {
    render = await loadServerRendering({ entry: app.serverRenderer, template: path.join(dist, 'index.html'), gatewayUrl, origin: origin ?? `http://${host}:${address.port}` });
  }
  return {
    url: `http://${host}:${address.port}/`,
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
