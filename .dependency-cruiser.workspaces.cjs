// Where each workspace package's public entry points live in source, for dependency-cruiser.
//
// The workspaces are linked into node_modules/@caregraph, and their package.json files point at the
// compiled output (dist/). The rules in .dependency-cruiser.cjs are about source folders, and must hold
// on a tree that has not been built, so every entry point a package exports (`exports`, else `main`) is
// aliased to the TypeScript file it is compiled from. A specifier a package does not export (such as
// `@caregraph/runtime/dist/foo`) gets no alias: it goes through the symlink and the package's own
// `exports`, and either fails to resolve or lands in dist/, where the rules catch it.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = __dirname;

/** The folders of the root package.json's workspaces (plain paths; a trailing `/*` lists a folder). */
function workspaceFolders() {
  const { workspaces = [] } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = path.join(ROOT, pattern.slice(0, -2));
    return fs.existsSync(parent) ? fs.readdirSync(parent).map((name) => `${pattern.slice(0, -2)}/${name}`) : [];
  });
}

/** The source file a compiled entry point comes from: `./dist/a/b.js` or `.d.ts` → `src/a/b.ts(x)`. */
function sourceOf(folder, target) {
  const relative = target.replace(/^\.\//, '');
  const candidates = /^dist\//.test(relative)
    ? ['.ts', '.tsx', '.mts', '.cts'].map((ext) => relative.replace(/^dist\//, 'src/').replace(/(\.d)?\.[cm]?js$|\.d\.[cm]?ts$/, ext))
    : [relative];
  return candidates.map((file) => path.join(ROOT, folder, file)).find((file) => fs.existsSync(file));
}

/** The file an `exports` condition object (or string) names, preferring what Node loads. */
function exportTarget(entry) {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return undefined;
  for (const condition of ['import', 'require', 'node', 'default', 'types']) {
    const target = exportTarget(entry[condition]);
    if (target) return target;
  }
  return undefined;
}

/** enhanced-resolve aliases (`name$` = that specifier exactly) from every workspace package's entry points. */
function workspaceAliases() {
  const alias = {};
  for (const folder of workspaceFolders()) {
    const manifestFile = path.join(ROOT, folder, 'package.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const exportsMap = typeof manifest.exports === 'object' && manifest.exports !== null && Object.keys(manifest.exports).every((key) => key.startsWith('.'))
      ? manifest.exports
      : { '.': manifest.exports ?? manifest.main };
    for (const [subpath, entry] of Object.entries(exportsMap)) {
      const target = exportTarget(entry);
      const source = target && !subpath.includes('*') ? sourceOf(folder, target) : undefined;
      if (source) alias[`${manifest.name}${subpath.slice(1)}$`] = source;
    }
  }
  return alias;
}

const alias = workspaceAliases();

/** The entry points' source files, relative to the repository root: the only files of a package others may reach. */
const entryPointSources = [...new Set(Object.values(alias).map((file) => path.relative(ROOT, file).split(path.sep).join('/')))];

module.exports = { resolve: { alias }, entryPointSources };
