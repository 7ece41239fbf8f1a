// Faster service starts: where each `require` led, remembered on disk.
//
// A Caregraph service loads about 2,200 CommonJS modules. For each `require`, Node looks for the file
// again on every start: a stat per candidate name and folder, package.json files read, real paths
// worked out. That is a third of the CPU a service spends loading its code (docs/adr/036). This keeps
// the answers in RESOLUTION_CACHE_DIR (default node_modules/.cache/caregraph-resolutions), one file per
// entry point, and a later start of the same entry point takes them from there. What runs does not change:
// - a remembered file is used only while it exists and, for a relative request, while the folder it was
//   looked for in has not changed (a file added, removed or renamed there changes the folder's time);
//   otherwise Node resolves the request again;
// - the file is named by node_modules as npm last laid it out (node_modules/.package-lock.json, which npm
//   rewrites on every install), the workspace packages' manifests, the Node version and its flags: after any
//   of those change, nothing remembered is used;
// - it is written whole (a temporary file, then a rename), so a process killed while writing, or two
//   writing at once, leave the earlier file or a whole new one; an unreadable one counts as none;
// - a folder that cannot be written (a read-only image), or that another user owns or may write to, turns it
//   off, as does RESOLUTION_CACHE_DIR=off.
// Import it first in a service's main, before anything it remembers for is loaded.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { isOwnFolder } from '../own-folder';

/** The variable naming the folder; `off` turns the cache off. */
export const RESOLUTION_CACHE_VARIABLE = 'RESOLUTION_CACHE_DIR';

/** The part of Node's CommonJS loader this wraps (Node 20 and later). */
interface Loader {
  _resolveFilename(request: string, parent: NodeModule | undefined, isMain: boolean, options?: unknown): string;
}

/** How long after start the answers are written, start-up being over by then; and again at exit. */
const WRITE_AFTER_MS = 15_000;

/** The repository (or image) root: this file is kernel/dist/startup/resolution-cache.js. */
const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The folder to keep the answers in, or undefined when the cache is off or the folder is not this user's alone to write. */
function cacheFolder(): string | undefined {
  const configured = process.env[RESOLUTION_CACHE_VARIABLE];
  if (configured === 'off') return undefined;
  const folder = configured || path.join(ROOT, 'node_modules', '.cache', 'caregraph-resolutions');
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return undefined;
  }
  // An answer read back decides which file `require` runs: only from a folder nobody else can write to.
  return isOwnFolder(folder) ? folder : undefined;
}

/** Size and time of a file, or `none`. */
function fileStamp(file: string): string {
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : 'none';
}

/**
 * What decides where a package's modules are: npm's record of node_modules (rewritten on every install) and the
 * manifests of the workspace's own packages (their `exports`, which change without an install).
 */
function packagesStamp(): string {
  const stamps = [fileStamp(path.join(ROOT, 'node_modules', '.package-lock.json'))];
  try {
    const { workspaces = [] } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces?: string[] };
    for (const workspace of workspaces) stamps.push(fileStamp(path.join(ROOT, workspace, 'package.json')));
  } catch {
    stamps.push('no manifest');
  }
  return stamps.join(' ');
}

/** The cache file of this entry point, for this node_modules, Node version and Node flags. */
export function resolutionCacheFile(folder: string, entryPoint: string): string {
  const hash = createHash('sha256');
  for (const part of [entryPoint, packagesStamp(), process.version, process.execArgv.join(' ')]) hash.update(part).update('\0');
  return path.join(folder, `${path.basename(entryPoint, '.js')}-${hash.digest('hex').slice(0, 16)}.json`);
}

/** Where a request led, and for a relative one the time of the folder it was looked for in. */
type Answer = [file: string, folderTime?: number];

const isAnswer = (value: unknown): value is Answer =>
  Array.isArray(value) && typeof value[0] === 'string' && (value.length === 1 || (value.length === 2 && typeof value[1] === 'number'));

/** The remembered answers in `file`, or none when it is missing or not a whole cache file. */
function readAnswers(file: string): Map<string, Answer> {
  try {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (entries && typeof entries === 'object' && !Array.isArray(entries)) {
      return new Map(Object.entries(entries).filter((entry): entry is [string, Answer] => isAnswer(entry[1])));
    }
  } catch {
    // None yet, or unreadable: Node resolves everything as usual and the file is written again.
  }
  return new Map();
}

/** Writes `content` to `file` whole: a temporary file beside it, then a rename. */
function writeWhole(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/** Wraps Node's resolution with the answers in `file`; writes the new ones after start-up and at exit. */
function install(file: string): void {
  const loader = Module as unknown as Loader;
  const answers = readAnswers(file);
  let learned = false;
  // Each folder's time, read once per process (a service's modules sit in a few hundred folders).
  const folderTimes = new Map<string, number>();
  const folderTime = (folder: string | undefined): number | undefined => {
    if (folder === undefined) return undefined;
    let time = folderTimes.get(folder);
    if (time === undefined) {
      time = fs.statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? -1;
      folderTimes.set(folder, time);
    }
    return time;
  };
  const resolveFilename = loader._resolveFilename;

  loader._resolveFilename = function rememberedResolveFilename(request, parent, isMain, options) {
    // Only a module's own require: not the entry point, not require.resolve with paths, not Node's modules.
    if (isMain || options !== undefined || !parent?.filename || Module.isBuiltin(request)) {
      return resolveFilename.call(this, request, parent, isMain, options);
    }
    const from = path.dirname(parent.filename);
    const key = `${from}\0${request}`;
    // A relative request ('./x', '../x/y') is looked for in one folder; a package's, in node_modules (the stamp).
    const lookedIn = request.startsWith('.') || path.isAbsolute(request) ? path.dirname(path.resolve(from, request)) : undefined;
    const remembered = answers.get(key);
    if (remembered !== undefined && remembered[1] === folderTime(lookedIn) && fs.existsSync(remembered[0])) return remembered[0];
    const resolved = resolveFilename.call(this, request, parent, isMain, options);
    answers.set(key, lookedIn === undefined ? [resolved] : [resolved, folderTime(lookedIn)!]);
    learned = true;
    return resolved;
  };

  const write = () => {
    if (!learned) return;
    learned = false;
    writeWhole(file, JSON.stringify(Object.fromEntries(answers)));
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
}

// Jest has a module system of its own, and hands every module it loads a `jest` binding: a test that imports a
// service's main leaves Node's loader alone. A service a test starts is a process of its own (it inherits
// JEST_WORKER_ID, which is why that is not the test), and has the cache as any other start does.
const loadedByJest = typeof jest !== 'undefined';
const folder = !loadedByJest && process.argv[1] ? cacheFolder() : undefined;
if (folder) install(resolutionCacheFile(folder, path.resolve(process.argv[1])));
