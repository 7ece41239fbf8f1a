// The client app's public pages rendered on the server (ADR 031), for the app's server
// (static-app-server.mjs): loads the renderer Vite built (clients/web/dist-server/entry-server.js) and
// answers the directory, the profiles, the pages about the service, sitemap.xml and robots.txt with it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {object} Renderer What clients/web/src/server/entry-server.tsx exports.
 * @property {(pathname: string) => boolean} isServerRendered
 * @property {(request: object) => Promise<{ status: number, html: string }>} renderPage
 * @property {(request: object) => Promise<string>} renderSitemap
 * @property {(origin: string) => string} renderRobots
 */

/** How long one walk of the directory answers for the sitemap. */
const SITEMAP_FRESH_MS = 60_000;

/**
 * A handler for the server-rendered addresses of an app, or undefined when the app has no renderer
 * built (the app is then served as files only, drawn in the browser).
 *
 * @param {{ entry: string, template: string, gatewayUrl: string, origin: string }} options
 *   `entry` the built renderer, `template` the built index.html's path, `gatewayUrl` the gateway's
 *   GraphQL URL, `origin` the public origin.
 * @returns {Promise<((req: import('node:http').IncomingMessage, pathname: string) => Promise<{ status: number, type: string, body: string } | undefined>) | undefined>}
 */
export async function loadServerRendering({ entry, template, gatewayUrl, origin }) {
  if (!existsSync(entry)) return undefined;
  /** @type {Renderer} */
  const renderer = await import(pathToFileURL(entry).href);
  const html = await readFile(template, 'utf8');
  // The sitemap walks the whole directory: one walk at a time, its answer kept a minute, so a burst of
  // requests for it costs the graph one walk.
  let sitemap = { at: 0, body: undefined };
  const currentSitemap = (headers) => {
    if (sitemap.body && Date.now() - sitemap.at < SITEMAP_FRESH_MS) return sitemap.body;
    const body = renderer.renderSitemap({ gatewayUrl, origin, headers });
    sitemap = { at: Date.now(), body };
    body.catch(() => (sitemap = { at: 0, body: undefined }));
    return body;
  };
  return async (req, pathname) => {
    // The gateway's rate limits count visitors, not this server: say who asked (honoured only when the
    // gateway trusts this server as a proxy, TRUSTED_PROXIES).
    const headers = { 'x-forwarded-for': req.socket.remoteAddress ?? '' };
    if (pathname === '/robots.txt') return { status: 200, type: 'text/plain; charset=utf-8', body: renderer.renderRobots(origin) };
    if (pathname === '/sitemap.xml') return { status: 200, type: 'application/xml; charset=utf-8', body: await currentSitemap(headers) };
    if (!renderer.isServerRendered(pathname)) return undefined;
    const page = await renderer.renderPage({ url: req.url ?? '/', gatewayUrl, origin, template: html, headers });
    return { status: page.status, type: 'text/html; charset=utf-8', body: page.html };
  };
}
