// Runs the dependency rules of .dependency-cruiser.cjs over the repository and returns every breach as
// rule, from, to. dependency-cruiser sees imports and requires written with a literal specifier; a
// require of a path built at run time (`require(path.join(REPO_ROOT, <a subgraph's dist/ file>))`) is
// invisible to it, so such paths into another package's compiled output are found here by reading the
// same files, and reported under the rule they break.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** One import that a rule forbids. `via` is the rest of a cycle, for `no-circular`. */
export interface Breach {
  rule: string;
  from: string;
  to: string;
  via?: string[];
}

/** dependency-cruiser's JSON result, as far as it is read here. */
interface CruiseResult {
  modules: { source: string; coreModule?: boolean; couldNotResolve?: boolean }[];
  summary: {
    violations: { type: string; from: string; to: string; rule: { name: string }; cycle?: { name: string }[] }[];
  };
}

/** A package's folder in a repository path (`subgraphs/accounts`, `gateway`, `clients/web`), if any. */
const PACKAGE_FOLDER = /^(kernel|gateway|worker|admin|clients\/[\w-]+|subgraphs\/[\w-]+)\//;
/** A string literal that is a path to a module in a package's compiled output. */
const BUILT_PATH_LITERAL = /(['"`])((?:kernel|gateway|worker|admin|clients\/[\w-]+|subgraphs\/[\w-]+)\/dist\/[\w./-]+\.[cm]?js)\1/g;

/** Runs dependency-cruiser with the repository's configuration; resolves with its JSON result. */
function cruise(): Promise<CruiseResult> {
  const cli = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const args = [cli, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--progress', 'none', '.'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      // The command exits with the number of breaches, so its output is read whatever the exit code.
      try {
        resolve(JSON.parse(stdout) as CruiseResult);
      } catch {
        reject(new Error(`dependency-cruiser gave no result (${error?.message ?? 'no output'}):\n${stderr}`));
      }
    });
  });
}

/** Paths into another package's dist/ that a file builds at run time (a service's own `dist/main.js`, run as a process, is no import). */
function builtPathsIn(file: string): Breach[] {
  const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const ownPackage = PACKAGE_FOLDER.exec(file)?.[1];
  return [...source.matchAll(BUILT_PATH_LITERAL)]
    .map((match) => match[2])
    .filter((target) => !target.endsWith('/dist/main.js') && PACKAGE_FOLDER.exec(target)?.[1] !== ownPackage)
    .map((target) => ({ rule: 'no-reaching-into-internals', from: file, to: `${target} (a path built at run time)` }));
}

/** Every breach of the dependency rules in the repository, sorted by rule, then from, then to. */
export async function dependencyBreaches(): Promise<Breach[]> {
  const result = await cruise();
  const cruised = result.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
    ...(violation.cycle ? { via: violation.cycle.map((step) => step.name) } : {}),
  }));
  const ownFiles = result.modules
    .filter((module) => !module.coreModule && !module.couldNotResolve && !module.source.includes('node_modules/'))
    .map((module) => module.source)
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file));
  const built = ownFiles.flatMap(builtPathsIn);
  // One import can break two forms of a rule (a relative path to another package's internal file).
  const unique = [...new Map([...cruised, ...built].map((breach) => [describeBreach(breach), breach])).values()];
  return unique.sort((a, b) => a.rule.localeCompare(b.rule) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** One line per breach: `rule: from → to` (a cycle's further steps after it). */
export function describeBreach(breach: Breach): string {
  const cycle = breach.via && breach.via.length > 1 ? ` (cycle: ${[breach.from, ...breach.via].join(' → ')})` : '';
  return `${breach.rule}: ${breach.from} → ${breach.to}${cycle}`;
}
