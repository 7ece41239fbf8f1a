// The browser apps' server (scripts/lib/static-app-server.mjs) on a build folder of the test's own: each file
// compressed as the browser accepts, the compressed copy kept for the next request, and a file rebuilt while
// the server runs served new at once.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const SERVER = pathToFileURL(path.join(__dirname, '..', 'scripts', 'lib', 'static-app-server.mjs')).href;

let dist: string;
let server: ChildProcess;
let url: string;

/** Text that compresses well, of about `kib` KiB, different for each `seed`. */
const script = (seed: string, kib = 64) => `export const lines = [\n${Array.from({ length: kib * 16 }, (_, i) => `  "${seed} line ${i}",`).join('\n')}\n];\n`;

/** The answer as sent, bytes undecoded (fetch would decompress them). */
const get = (file: string, encoding?: string, method = 'GET') =>
  new Promise<{ status: number; encoding: string | null; length: number; body: Buffer }>((resolve, reject) => {
    const request = http.request(new URL(file, url), { method, headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, encoding: response.headers['content-encoding'] ?? null, length: Number(response.headers['content-length']), body: Buffer.concat(chunks) }),
      );
    });
    request.once('error', reject);
    request.end();
  });
const decoded = ({ encoding, body }: { encoding: string | null; body: Buffer }) =>
  (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'caregraph-app-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), `<!doctype html><title>Caregraph</title>${'<p>The app</p>'.repeat(200)}`);
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), script('first'));
  // An ES module: run in a process of its own, as start.mjs runs it.
  const program = `import { startStaticAppServer } from ${JSON.stringify(SERVER)};
    const app = { name: 'test', label: 'test app', dist: ${JSON.stringify(dist)}, defaultPort: 0, portVariable: 'TEST_APP_PORT', buildCommand: 'none' };
    const served = await startStaticAppServer(app, { gatewayUrl: 'http://127.0.0.1:9/graphql', port: 0 });
    process.stdout.write(served.url + '\\n');`;
  server = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    server.once('exit', (code) => reject(new Error(`the app server exited (code ${code})`)));
  });
});

afterAll(() => {
  server?.kill();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("the browser apps' server", () => {
  it('sends a file in brotli, in gzip or as it is, as the browser accepts; compressed once while the file stays the same', async () => {
    const original = script('first');
    const file = path.join(dist, 'assets', 'app.js');
    const builtAt = new Date('2026-12-01T09:00:00Z');
    fs.utimesSync(file, builtAt, builtAt);
    const brotli = await get('/assets/app.js', 'gzip, deflate, br');
    expect(brotli).toMatchObject({ status: 200, encoding: 'br' });
    expect(brotli.body.length).toBe(brotli.length);
    expect(brotli.body.length).toBeLessThan(original.length / 4);
    expect(decoded(brotli)).toBe(original);
    // The kept copy: a file of the same size and time is taken for the same file, not read or compressed again.
    fs.writeFileSync(file, original.replace('first', 'other'));
    fs.utimesSync(file, builtAt, builtAt);
    expect(decoded(await get('/assets/app.js', 'br'))).toBe(original);
    fs.writeFileSync(file, original);

    const gzip = await get('/assets/app.js', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(decoded(gzip)).toBe(original);
    const plain = await get('/assets/app.js');
    expect(plain.encoding).toBeNull();
    expect(plain.body.toString('utf8')).toBe(original);
    const head = await get('/assets/app.js', 'br', 'HEAD');
    expect(head).toMatchObject({ status: 200, encoding: 'br', length: brotli.length });
    expect(head.body.length).toBe(0);
  });

  it('serves a file rebuilt while it runs at once, compressed anew; a removed one is not found', async () => {
    expect(decoded(await get('/assets/app.js', 'br'))).toBe(script('first'));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), script('second', 80));
    expect(decoded(await get('/assets/app.js', 'br'))).toBe(script('second', 80));
    expect(decoded(await get('/assets/app.js', 'gzip'))).toBe(script('second', 80));

    fs.rmSync(path.join(dist, 'assets', 'app.js'));
    expect((await get('/assets/app.js', 'br')).status).toBe(404);
  });

  it("answers the single-page app's routes with index.html, compressed once and kept", async () => {
    const page = await get('/therapists/some-id', 'br');
    expect(page).toMatchObject({ status: 200, encoding: 'br' });
    expect(decoded(page)).toContain('<title>Caregraph</title>');
    expect((await get('/bookings', 'br')).body.equals(page.body)).toBe(true);
  });
});
