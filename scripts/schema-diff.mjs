// `npm run schema:diff`: what changed in the public graph since its last release. Compares the API schema
// (what clients see: no federation machinery) of schema/supergraph.graphql with that of the newest
// schema/releases/supergraph-<YYYY-MM-DD>.graphql, with @graphql-inspector/core, and prints the breaking,
// dangerous and safe changes. Exits 1 when a breaking change is not recorded in schema/CHANGELOG.md: a line
// under "## Unreleased" naming its path in backticks, e.g. "- `Therapist.city` removed: use `Therapist.town`."
//   --current <file>    the supergraph to check (default schema/supergraph.graphql)
//   --release <file>    the release to compare with (default the newest in the releases folder)
//   --releases <dir>    the releases folder (default schema/releases/)
//   --changelog <file>  where breaking changes are recorded (default schema/CHANGELOG.md)
//   --json              one JSON report on stdout instead of text
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
const RELEASE_FILE = /^supergraph-(\d{4}-\d{2}-\d{2})\.graphql$/;
const requireFromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));

/** The client-facing schema of a supergraph, derived as the gateway derives it. */
export function apiSchemaOf(supergraphSdl) {
  const { Supergraph } = requireFromRoot('@apollo/federation-internals');
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The newest release in `dir` (by the date in its name), or undefined when there is none. */
export function latestRelease(dir = path.join(SCHEMA_DIR, 'releases')) {
  if (!existsSync(dir)) return undefined;
  const releases = readdirSync(dir).filter((name) => RELEASE_FILE.test(name)).sort();
  return releases.length ? path.join(dir, releases.at(-1)) : undefined;
}

/**
 * The schema paths recorded under the changelog's "## Unreleased" heading: every `backticked` name
 * in that section (up to the next "## " heading).
 */
export function recordedPaths(changelog) {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((line) => /^##\s+Unreleased\b/i.test(line));
  if (start < 0) return new Set();
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  const section = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return new Set([...section.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]));
}

const LEVELS = { [CriticalityLevel.Breaking]: 'breaking', [CriticalityLevel.Dangerous]: 'dangerous', [CriticalityLevel.NonBreaking]: 'safe' };

/**
 * Compares two supergraph SDLs' API schemas. Each change: `{ level, path, type, message, reason,
 * recorded }`, `recorded` telling whether a breaking change's path is in `recorded`.
 */
export async function compareSupergraphs(releaseSdl, currentSdl, recorded = new Set()) {
  const changes = await diff(apiSchemaOf(releaseSdl), apiSchemaOf(currentSdl));
  return changes.map((change) => {
    const level = LEVELS[change.criticality.level];
    return {
      level,
      path: change.path ?? null,
      type: change.type,
      message: change.message,
      reason: change.criticality.reason ?? null,
      recorded: level === 'breaking' ? Boolean(change.path && recorded.has(change.path)) : null,
    };
  });
}

function argument(args, name) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? path.resolve(args[index + 1]) : undefined;
}

/** A file as the user would type it: relative to the working directory when inside it. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

function printText(report, say) {
  say(`schema:diff: ${shown(report.current)} against the release ${shown(report.release)}`);
  for (const [level, title] of [['breaking', 'Breaking'], ['dangerous', 'Dangerous'], ['safe', 'Safe']]) {
    const changes = report.changes.filter((c) => c.level === level);
    say(`${title} changes (${changes.length})${changes.length ? ':' : ''}`);
    for (const change of changes) {
      const mark = level !== 'breaking' ? '' : change.recorded ? '  [recorded in the changelog]' : '  [NOT RECORDED]';
      say(`  - ${change.path ?? '(schema)'}: ${change.message}${mark}`);
      if (level !== 'safe' && change.reason) say(`      ${change.reason}`);
    }
  }
}

/** Runs the comparison; returns the exit code. */
export async function main(args = process.argv.slice(2), say = (line) => process.stdout.write(`${line}\n`)) {
  const json = args.includes('--json');
  const current = argument(args, '--current') ?? path.join(SCHEMA_DIR, 'supergraph.graphql');
  const release = argument(args, '--release') ?? latestRelease(argument(args, '--releases'));
  const changelogFile = argument(args, '--changelog') ?? path.join(SCHEMA_DIR, 'CHANGELOG.md');
  if (!release) {
    const message = 'schema:diff: no release to compare with (schema/releases/supergraph-<YYYY-MM-DD>.graphql); nothing to check.';
    say(json ? JSON.stringify({ ok: true, message, changes: [] }) : message);
    return 0;
  }
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const changes = await compareSupergraphs(readFileSync(release, 'utf8'), readFileSync(current, 'utf8'), recordedPaths(changelog));
  const unrecorded = changes.filter((c) => c.level === 'breaking' && !c.recorded);
  const message = unrecorded.length
    ? `${unrecorded.length} breaking change(s) not recorded in ${shown(changelogFile)}: ${unrecorded.map((c) => c.path ?? c.message).join(', ')}. ` +
      'Record each under "## Unreleased" as a line naming its path in backticks, with what to use instead ' +
      '(e.g. "- `Therapist.city` removed: use `Therapist.town`."), or keep the old field (deprecate it) instead.'
    : '';
  const report = { ok: unrecorded.length === 0, current, release, changelog: changelogFile, changes, message };
  if (json) say(JSON.stringify(report));
  else {
    printText(report, say);
    say(message || 'schema:diff: every breaking change is recorded in the changelog.');
  }
  return report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`schema:diff: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
