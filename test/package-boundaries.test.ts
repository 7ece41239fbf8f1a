// The kernel and the gateway stay free of the subgraph machinery (MikroORM, type-graphql and its
// metadata polyfill): checked on what npm installed for them, and on what their sources import.
// Every package export must also point at a source file that exists, so a moved file cannot
// leave a script or the bench importing nothing. Mail is the kernel's own entry: the main one loads no
// mail library into the services that send none.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Packages neither the kernel nor the gateway may load, directly or through a dependency. */
const SUBGRAPH_ONLY = [/^@mikro-orm\//, /^type-graphql$/, /^reflect-metadata$/, /^class-validator$/, /^@caregraph\/runtime$/];

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  exports?: Record<string, string | { types?: string; default: string }>;
}
const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

/** The folder of `name` as Node resolves it from `fromDir`: the nearest node_modules up the tree that has it. */
function installedDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return null;
  }
}

/** Every package a workspace's production dependencies bring, by name (devDependencies left out: they never ship). */
function productionClosure(workspaceDir: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const real = path.resolve(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const manifest = readManifest(real);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = installedDir(name, real);
      if (!found) continue; // an optional dependency for another platform
      names.add(name);
      visit(found);
    }
  };
  visit(path.join(ROOT, workspaceDir));
  return names;
}

/** Non-test TypeScript files under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'test' ? [] : sources(full);
    return /\.ts$/.test(entry) && !/\.(test|suite)\.ts$/.test(entry) ? [full] : [];
  });
}
const importedModules = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s+|require\()\s*'([^']+)'/g)].map((match) => match[1]);

describe.each(['kernel', 'gateway'])('%s', (workspace) => {
  it('installs neither MikroORM nor type-graphql (nor the subgraph runtime) with its production dependencies', () => {
    const closure = productionClosure(workspace);
    expect(closure.size).toBeGreaterThan(5);
    expect([...closure].filter((name) => SUBGRAPH_ONLY.some((pattern) => pattern.test(name)))).toEqual([]);
  });

  it('imports neither of them in its sources', () => {
    const offending = sources(path.join(ROOT, workspace, 'src')).flatMap((file) =>
      importedModules(file)
        .filter((name) => SUBGRAPH_ONLY.some((pattern) => pattern.test(name)))
        .map((name) => `${path.relative(ROOT, file)}: ${name}`),
    );
    expect(offending).toEqual([]);
  });
});

describe("the kernel's entries", () => {
  /** The installed packages a fresh Node process has loaded after requiring `entry` (the build's output). */
  const packagesLoadedBy = (entry: string): string[] => {
    const script = `require(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(require.cache)))`;
    const files = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: path.join(ROOT, 'gateway'), encoding: 'utf8' })) as string[];
    return [...new Set(files.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter((name): name is string => Boolean(name)))];
  };

  it('loads no mail library from the main entry, which every service and most test files import', () => {
    const loaded = packagesLoadedBy('@caregraph/kernel');
    expect(loaded).toEqual(expect.arrayContaining(['pino', 'jose', 'graphql']));
    expect(loaded).not.toContain('nodemailer');
  });

  it('sends mail from its own entry, which accounts and the delivery worker import', () => {
    expect(packagesLoadedBy('@caregraph/kernel/mail')).toContain('nodemailer');
  });
});

describe('package exports', () => {
  const workspaces = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  const exported = workspaces.flatMap((dir) =>
    Object.entries(readManifest(path.join(ROOT, dir)).exports ?? {}).map(([entry, target]) => ({
      dir,
      entry,
      target: typeof target === 'string' ? target : target.default,
    })),
  );

  it.each(exported)('$dir exports $entry from a source file that exists', ({ dir, target }) => {
    // A compiled entry comes from src/ (a package that exports its sources names them itself).
    const source = target.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts');
    expect({ target, source, exists: existsSync(path.join(ROOT, dir, source)) }).toEqual({ target, source, exists: true });
  });
});
