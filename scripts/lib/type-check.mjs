// Type-checks several TypeScript projects in one process, as `tsc -p <tsconfig> --noEmit --incremental` would one
// by one, parsing each file they share (lib.dom.d.ts, React's, Apollo's and MUI's declarations, the kit's sources)
// once for all of them: the client kit and the three apps took 33 s of CPU as four tsc processes, 20 s together.
// Each project keeps TypeScript's record of its last check, so an unchanged file is not checked again and its
// errors, if it had any, come from the record.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ts = createRequire(path.join(root, 'package.json'))('typescript');

/**
 * Type errors of the projects of `tsconfigs`, formatted as tsc prints them; empty when there are none.
 * @param {string[]} tsconfigs
 * @param {{ record: (tsconfig: string) => string, files?: (tsconfig: string, fileNames: string[], configHost: object) => string[] }} options
 *   `record`: where a project's record is kept; `files`: which of a project's files to report on (default: all of them).
 *   The files left out are not checked unless a reported file needs them.
 */
export function typeCheckProjects(tsconfigs, { record, files }) {
  const parsed = new Map(); // one parse per file for every program with the same parse settings
  // Hashes each file's text as its version, which the record of the last check compares.
  const host = ts.createIncrementalCompilerHost({});
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, settings, onError, fresh) => {
    const key = `${fileName}|${typeof settings === 'object' ? `${settings.languageVersion}:${settings.impliedNodeFormat}` : settings}`;
    if (fresh || !parsed.has(key)) parsed.set(key, getSourceFile(fileName, settings, onError, fresh));
    return parsed.get(key);
  };
  const diagnostics = [];
  const configHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d) };
  for (const tsconfig of tsconfigs) {
    const config = ts.getParsedCommandLineOfConfigFile(tsconfig, { noEmit: true, incremental: true, tsBuildInfoFile: record(tsconfig) }, configHost);
    if (!config) continue;
    diagnostics.push(...config.errors);
    const program = ts.createIncrementalProgram({ rootNames: config.fileNames, options: config.options, host, projectReferences: config.projectReferences, configFileParsingDiagnostics: config.errors });
    diagnostics.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    const reported = (files ? files(tsconfig, config.fileNames, configHost) : config.fileNames).map((file) => program.getSourceFile(file)).filter(Boolean);
    const wanted = new Set(reported);
    // Check what changed since the record (every reported file the first time), passing over the others;
    // then every reported file's errors, from this check or from the record.
    while (program.getSemanticDiagnosticsOfNextAffectedFile(undefined, (source) => !wanted.has(source)));
    for (const source of reported) diagnostics.push(...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source));
    program.emit(); // with noEmit, only the record
  }
  if (!diagnostics.length) return '';
  return ts.formatDiagnostics(ts.sortAndDeduplicateDiagnostics(diagnostics), {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}

/**
 * The workspaces (folders, as the root package.json lists them) split by who type-checks their tsconfig.json: `own`,
 * those with a `typecheck` script (the kit and the apps: the build's scripts/typecheck-clients.mjs), and `others`
 * (the server packages, whose tests jest/check-test-types.mjs checks).
 */
export function workspacesByTypeCheck() {
  const read = (dir) => JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const { workspaces = [] } = read('.');
  const own = workspaces.filter((dir) => Boolean(read(dir).scripts?.typecheck));
  return { own, others: workspaces.filter((dir) => !own.includes(dir)) };
}

/** A project's files that `tsconfig.build.json` beside its tsconfig type-checks (none when it has no such file). */
export function builtFiles(tsconfig, configHost) {
  const build = path.join(path.dirname(tsconfig), 'tsconfig.build.json');
  if (!ts.sys.fileExists(build)) return new Set();
  const config = ts.getParsedCommandLineOfConfigFile(build, {}, configHost);
  return new Set((config?.fileNames ?? []).map((file) => path.resolve(file)));
}
