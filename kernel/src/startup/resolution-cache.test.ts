import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';

// Each case runs a small program in a child process, as a service runs: the built module first, then its requires.
const CACHE_MODULE = path.resolve(__dirname, '..', '..', 'dist', 'startup', 'resolution-cache.js');

let folder: string;
let cache: string;

beforeEach(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-cache-')));
  cache = path.join(folder, 'cache');
  fs.mkdirSync(path.join(folder, 'lib'));
  fs.writeFileSync(path.join(folder, 'lib', 'a.js'), "module.exports = 'a';\n");
  fs.writeFileSync(path.join(folder, 'lib', 'b.js'), "module.exports = 'b';\n");
  fs.writeFileSync(path.join(folder, 'main.js'), `require(${JSON.stringify(CACHE_MODULE)});\nprocess.stdout.write(require('./lib/a'));\n`);
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function environment(variables: Record<string, string>): NodeJS.ProcessEnv {
  // JEST_WORKER_ID stays: a service a test starts inherits it, and has the cache all the same.
  return { ...process.env, RESOLUTION_CACHE_DIR: cache, ...variables };
}

const run = (variables: Record<string, string> = {}, nodeArgs: string[] = []): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [...nodeArgs, path.join(folder, 'main.js')], { env: environment(variables), encoding: 'utf8' });

/** The cache files written so far, and any other file left in the folder. */
const cacheFiles = () => (fs.existsSync(cache) ? fs.readdirSync(cache) : []);
const onlyCacheFile = () => {
  const files = cacheFiles();
  expect(files).toHaveLength(1);
  return path.join(cache, files[0]);
};
const key = (request: string) => `${folder}\0${request}`;

describe('the resolution cache', () => {
  it('remembers where each require led, and a later start takes the answer from there', () => {
    expect(run().stdout).toBe('a');
    const file = onlyCacheFile();
    const answers = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, [string, number]>;
    const [resolved, folderTime] = answers[key('./lib/a')];
    expect(resolved).toBe(path.join(folder, 'lib', 'a.js'));
    expect(folderTime).toBe(fs.statSync(path.join(folder, 'lib')).mtimeMs);

    // Pointed elsewhere by hand, the next start follows the remembered answer: Node did not resolve again.
    fs.writeFileSync(file, JSON.stringify({ ...answers, [key('./lib/a')]: [path.join(folder, 'lib', 'b.js'), folderTime] }));
    expect(run().stdout).toBe('b');
  });

  it('resolves again when a remembered file is gone, and remembers the new answer', () => {
    run();
    const file = onlyCacheFile();
    const folderTime = fs.statSync(path.join(folder, 'lib')).mtimeMs;
    fs.writeFileSync(file, JSON.stringify({ [key('./lib/a')]: [path.join(folder, 'lib', 'gone.js'), folderTime] }));

    expect(run().stdout).toBe('a');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))[key('./lib/a')][0]).toBe(path.join(folder, 'lib', 'a.js'));
  });

  it('resolves again when a file is added where the request is looked for (a module moved from a folder to a file)', () => {
    fs.mkdirSync(path.join(folder, 'lib', 'c'));
    fs.writeFileSync(path.join(folder, 'lib', 'c', 'index.js'), "module.exports = 'c as a folder';\n");
    fs.writeFileSync(path.join(folder, 'main.js'), `require(${JSON.stringify(CACHE_MODULE)});\nprocess.stdout.write(require('./lib/c'));\n`);
    expect(run().stdout).toBe('c as a folder');

    // The build now writes lib/c.js and leaves the old lib/c/index.js behind: Node takes the file, and so must the cache.
    fs.writeFileSync(path.join(folder, 'lib', 'c.js'), "module.exports = 'c as a file';\n");
    expect(run().stdout).toBe('c as a file');
  });

  it('takes an unreadable cache file, or a half-written one a killed process left, for none, and writes it again whole', () => {
    run();
    const file = onlyCacheFile();
    fs.writeFileSync(file, '{"truncated');
    fs.writeFileSync(`${file}.99999.tmp`, '{"half'); // what kill -9 in the middle of a write leaves

    const result = run();
    expect(result.stdout).toBe('a');
    expect(result.stderr).toBe('');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))[key('./lib/a')][0]).toBe(path.join(folder, 'lib', 'a.js'));
  });

  it('keeps apart other entry points and other Node flags', () => {
    run();
    fs.copyFileSync(path.join(folder, 'main.js'), path.join(folder, 'other.js'));
    spawnSync(process.execPath, [path.join(folder, 'other.js')], { env: environment({}) });
    run({}, ['--no-warnings']);
    expect(cacheFiles()).toHaveLength(3);
  });

  it('is off with RESOLUTION_CACHE_DIR=off and in a folder that cannot be made; the program runs all the same', () => {
    expect(run({ RESOLUTION_CACHE_DIR: 'off' }).stdout).toBe('a');
    const notAFolder = path.join(folder, 'lib', 'a.js', 'cache');
    expect(run({ RESOLUTION_CACHE_DIR: notAFolder }).stdout).toBe('a');
    expect(cacheFiles()).toEqual([]);
  });

  it("leaves Node's loader alone when jest loads it, and is on in a process a test starts", () => {
    const resolveFilename = (Module as unknown as { _resolveFilename: unknown })._resolveFilename;
    const previous = process.env.RESOLUTION_CACHE_DIR;
    process.env.RESOLUTION_CACHE_DIR = cache;
    try {
      jest.isolateModules(() => require(CACHE_MODULE));
    } finally {
      if (previous === undefined) delete process.env.RESOLUTION_CACHE_DIR;
      else process.env.RESOLUTION_CACHE_DIR = previous;
    }
    expect((Module as unknown as { _resolveFilename: unknown })._resolveFilename).toBe(resolveFilename);
    expect(cacheFiles()).toEqual([]);

    expect(run({ JEST_WORKER_ID: '1' }).stdout).toBe('a');
    expect(cacheFiles()).toHaveLength(1);
  });

  it('is off in a folder others may write to: what it reads back there could send a require anywhere', () => {
    fs.mkdirSync(cache);
    fs.chmodSync(cache, 0o777);
    expect(run().stdout).toBe('a');
    expect(cacheFiles()).toEqual([]);
    fs.chmodSync(cache, 0o700);
    expect(run().stdout).toBe('a');
    expect(cacheFiles()).toHaveLength(1);
  });

  it('leaves one whole file when 20 processes start at once', async () => {
    const outputs = await Promise.all(
      Array.from({ length: 20 }, () => new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(folder, 'main.js')], { env: environment({}) });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.once('error', reject);
        // 'close', not 'exit': the output may still be on its way when the process has exited.
        child.once('close', (code) => resolve(code === 0 ? stdout : `exit code ${code}`));
      })),
    );
    expect(outputs).toEqual(Array(20).fill('a'));
    const file = onlyCacheFile(); // no temporary file left behind
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))[key('./lib/a')][0]).toBe(path.join(folder, 'lib', 'a.js'));
  }, 60_000);
});
