// The client app's server rendering as the app's server uses it (scripts/lib/server-rendering.mjs), with a
// renderer of the shape Vite builds (clients/web/dist-server/entry-server.js) that counts what it is asked.
// Run in a child process: jest's CommonJS tests cannot import the .mjs scripts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '..');

const RENDERER = `
export const calls = { sitemap: 0, pages: [] };
export const isServerRendered = (pathname) => pathname === '/' || pathname.startsWith('/therapists/');
export async function renderPage(request) { calls.pages.push(request); return { status: request.url.includes('gone') ? 404 : 200, html: 'page ' + request.url }; }
export async function renderSitemap() {
  calls.sitemap++;
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (globalThis.sitemapFails) throw new Error('the graph cannot be asked');
  return '<urlset/>';
}
export const renderRobots = (origin) => 'Sitemap: ' + origin + '/sitemap.xml';
`;

/** What the driver finds, for the assertions below. */
const DRIVER = (serverRendering: string, entry: string, template: string) => `
const entryUrl = ${JSON.stringify(pathToFileURL(entry).href)};
import { loadServerRendering } from ${JSON.stringify(serverRendering)};
const options = { template: ${JSON.stringify(template)}, gatewayUrl: 'http://127.0.0.1:4000/graphql', origin: 'https://caregraph.example' };
const missing = await loadServerRendering({ ...options, entry: ${JSON.stringify(entry)} + '.missing' });
const handle = await loadServerRendering({ ...options, entry: ${JSON.stringify(entry)} });
const { calls } = await import(entryUrl);
const ask = (url) => handle({ url, socket: { remoteAddress: '203.0.113.9' } }, url.split('?')[0]);
const out = { missing: missing === undefined };
out.gone = await ask('/therapists/gone');
out.search = await ask('/?condition=ANXIETY');
out.lastPage = calls.pages.at(-1);
out.bookings = (await ask('/bookings')) ?? null;
out.robots = await ask('/robots.txt');
globalThis.sitemapFails = true;
out.failed = await Promise.allSettled(Array.from({ length: 5 }, () => ask('/sitemap.xml'))).then((r) => r.map((x) => x.status));
out.walksAfterFailure = calls.sitemap;
globalThis.sitemapFails = false;
const burst = await Promise.all(Array.from({ length: 50 }, () => ask('/sitemap.xml')));
out.burstBodies = [...new Set(burst.map((a) => a.body))];
out.burstType = burst[0].type;
await ask('/sitemap.xml');
out.walks = calls.sitemap;
console.log(JSON.stringify(out));
`;

describe('server rendering for the client app', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'caregraph-renderer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the public pages with their status at the public origin, and walks the directory once for 50 sitemap requests at once', () => {
    const entry = path.join(dir, 'entry-server.mjs');
    const template = path.join(dir, 'index.html');
    const driver = path.join(dir, 'driver.mjs');
    writeFileSync(entry, RENDERER);
    writeFileSync(template, '<html><head></head><body><div id="root"></div></body></html>');
    writeFileSync(driver, DRIVER(pathToFileURL(path.join(root, 'scripts/lib/server-rendering.mjs')).href, entry, template));
    const run = spawnSync(process.execPath, [driver], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const found = JSON.parse(run.stdout);
    // No renderer built: the app is served as files only.
    expect(found.missing).toBe(true);
    expect(found.gone).toEqual({ status: 404, type: 'text/html; charset=utf-8', body: 'page /therapists/gone' });
    expect(found.search).toMatchObject({ status: 200, body: 'page /?condition=ANXIETY' });
    // The gateway is told who asked (its rate limits count visitors), and links start at the public origin.
    expect(found.lastPage).toMatchObject({ gatewayUrl: 'http://127.0.0.1:4000/graphql', origin: 'https://caregraph.example', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(found.bookings).toBeNull();
    expect(found.robots).toEqual({ status: 200, type: 'text/plain; charset=utf-8', body: 'Sitemap: https://caregraph.example/sitemap.xml' });
    // A failed walk is shared by the requests that waited on it, and not kept: the next request walks again.
    expect(found.failed).toEqual(Array(5).fill('rejected'));
    expect(found.walksAfterFailure).toBe(1);
    expect(found.burstBodies).toEqual(['<urlset/>']);
    expect(found.burstType).toBe('application/xml; charset=utf-8');
    expect(found.walks).toBe(2);
  });
});
