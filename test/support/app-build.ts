// The browser apps' builds, for the browser tests: `npm test` has just built them (`npm run build`),
// so a test only rebuilds an app whose sources changed since its dist/ was written, which is what
// running one test file after an edit needs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
/**
 * Build output, dependencies and tests: nothing a build reads. The client app's build writes its server
 * rendering bundle (dist-server/) after dist/: counted as a source, it made every run rebuild the app.
 */
const SKIPPED = new Set(['node_modules', 'dist', 'dist-server', 'coverage', 'test']);
const TEST_FILE = /\.(test|suite)\.[cm]?[jt]sx?$/;

/** The newest modification time of any file under `dir` that goes into a build. */
function newestFileTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.') || TEST_FILE.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The folders of the workspaces `packageDir` depends on (`@caregraph/…` dependencies), by their package names. */
function workspaceDependencies(packageDir: string): string[] {
  const read = (dir: string) => JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const workspaces = (read('.').workspaces as string[]).map((dir) => ({ dir, name: read(dir).name as string }));
  const manifest = read(packageDir);
  const names = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  return workspaces.filter((w) => names.has(w.name)).map((w) => w.dir);
}

/**
 * Builds the app in `packageDir` (relative to the repository, e.g. `admin`) unless its dist/ is newer
 * than its own files, the workspaces it depends on and the committed schema it generates code from.
 */
export function ensureAppBuilt(packageDir: string): void {
  const built = path.join(root, packageDir, 'dist', 'index.html');
  if (existsSync(built)) {
    const sources = [packageDir, ...workspaceDependencies(packageDir), 'schema'].map((dir) => newestFileTime(path.join(root, dir)));
    if (Math.max(...sources) <= statSync(built).mtimeMs) return;
  }
  const { name } = JSON.parse(readFileSync(path.join(root, packageDir, 'package.json'), 'utf8')) as { name: string };
  // A production build, as `npm run build` makes: jest's NODE_ENV=test would otherwise give the apps React's
  // development build, twice the script and slower, so browser tests would not try what is shipped.
  execFileSync('npm', ['run', 'build', '-w', name, '--silent'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}
