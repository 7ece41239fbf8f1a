// `npm run schema:diff`: what changed in the public graph since its last release, and whether the graph's
// contract allows it (docs/adr/028-deprecation-period-enforced.md). Compares the API schema (what clients
// see: no federation machinery) of schema/supergraph.graphql with that of the release before it, with
// @graphql-inspector/core, and prints the breaking, dangerous and safe changes. Exits 1 when a breaking
// change is refused. A breaking change (a field, argument, enum value, input field or type removed or
// changed) is allowed only when
//   1. a release older than the graph being checked already marked it @deprecated, and it stayed deprecated
//      in every release since, the first of them at least DEPRECATION_PERIOD_DAYS before the graph's date, and
//   2. the changelog records it: a line naming its path in backticks in the graph's section ("## Unreleased",
//      or "## <date>" for a release).
// Adding a required argument or input field is always refused: nothing could have been deprecated first.
// Which graph is checked: the current supergraph, dated today while unreleased; when it is identical to the
// newest release, it is that release (dated by its name), compared with the release before it, so cutting a
// release in the same change as a removal does not hide the removal.
// Releases dated up to CONTRACT_SINCE were made under the earlier rule (a changelog line was enough): a graph
// dated then is checked by that rule only.
//   --current <file>    the supergraph to check (default schema/supergraph.graphql)
//   --release <file>    the release to compare with (default: as described above)
//   --releases <dir>    the releases folder (default schema/releases/, or the folder of --release)
//   --changelog <file>  where breaking changes are recorded (default schema/CHANGELOG.md)
//   --today <date>      the date of an unreleased graph, YYYY-MM-DD (default today, UTC)
//   --json              one JSON report on stdout instead of text
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeprecatedIn, retiredTypes } from './lib/schema-deprecation.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
const RELEASE_FILE = /^supergraph-(\d{4}-\d{2}-\d{2})\.graphql$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const requireFromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));

/** How long a deprecated field, argument, enum value or input field keeps working (docs/integrator-guide.md). */
export const DEPRECATION_PERIOD_DAYS = 90;
/** The last release made under the earlier rule (a changelog line sufficed); every later graph is held to the deprecation rule. */
export const CONTRACT_SINCE = '2026-12-05';

/** The client-facing schema of a supergraph, derived as the gateway derives it. */
export function apiSchemaOf(supergraphSdl) {
  const { Supergraph } = requireFromRoot('@apollo/federation-internals');
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Every release in `dir`, oldest first: `{ file, date }`. */
export function releasesIn(dir = path.join(SCHEMA_DIR, 'releases')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => RELEASE_FILE.test(name))
    .sort()
    .map((name) => ({ file: path.join(dir, name), date: RELEASE_FILE.exec(name)[1] }));
}

/** The newest release in `dir` (by the date in its name), or undefined when there is none. */
export function latestRelease(dir) {
  return releasesIn(dir).at(-1)?.file;
}

/**
 * The schema paths recorded in one section of the changelog ("Unreleased" by default, or a release's date):
 * every `backticked` name from that "## " heading up to the next.
 */
export function recordedPaths(changelog, section = 'Unreleased') {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const heading = new RegExp(`^##\\s+${section.replace(/[-]/g, '\\-')}\\b`, 'i');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return new Set();
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  const text = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return new Set([...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]));
}

const LEVELS = { [CriticalityLevel.Breaking]: 'breaking', [CriticalityLevel.Dangerous]: 'dangerous', [CriticalityLevel.NonBreaking]: 'safe' };

/** Whole days from one `YYYY-MM-DD` to another. */
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The release from which `path` has been deprecated without a break up to the newest of `history` (the
 * releases older than the graph checked, oldest first, each `{ date, schema, retired }`); undefined when
 * the newest of them does not have it deprecated.
 */
export function deprecatedSince(history, changePath) {
  let since;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const release = history[i];
    if (!isDeprecatedIn(release.schema, changePath, release.retired)) break;
    since = release;
  }
  return since?.date;
}

/**
 * Why a breaking change is refused under the contract, or null when it is allowed. `change` has `path` and
 * `type`; `context` has `date` (the checked graph's), `history`, `recorded` (paths in its changelog section)
 * and `section` (that section's heading).
 */
function refusal(change, { date, history, recorded, section }) {
  const where = change.path ?? change.message;
  if (/_ADDED$/.test(change.type)) {
    return {
      rule: 'required-addition',
      text: `${where}: adding a required argument or input field breaks every caller that does not send it; make it optional or give it a default.`,
    };
  }
  const since = change.path ? deprecatedSince(history, change.path) : undefined;
  if (!since) {
    return {
      rule: 'not-deprecated',
      text:
        `${where}: not marked @deprecated in an earlier release; deprecate it first (naming what to use instead) and remove ` +
        `or change it no sooner than ${DEPRECATION_PERIOD_DAYS} days and one release later.`,
    };
  }
  const age = daysBetween(since, date);
  if (age < DEPRECATION_PERIOD_DAYS) {
    return {
      rule: 'deprecated-too-recently',
      text: `${where}: deprecated in the release of ${since}, only ${age} day(s) before ${date}; it must keep working until ${addDays(since, DEPRECATION_PERIOD_DAYS)} (${DEPRECATION_PERIOD_DAYS} days).`,
    };
  }
  if (!recorded.has(change.path)) {
    return { rule: 'not-recorded', text: `${where}: deprecated since ${since}, but not recorded in the changelog under "## ${section}"; add a line naming it in backticks.` };
  }
  return null;
}

/**
 * Compares two supergraph SDLs' API schemas. Each change: `{ level, path, type, message, reason, recorded,
 * deprecatedSince, allowed, rule, refusal }` (the last five for breaking changes only). `context`:
 * `{ date, history, recorded, section, contract }`; without `contract` (a graph dated up to CONTRACT_SINCE)
 * a breaking change needs only its changelog line.
 */
export async function compareSupergraphs(releaseSdl, currentSdl, context = {}) {
  const ctx = { date: today(), history: [], recorded: new Set(), section: 'Unreleased', contract: true, ...context };
  const changes = await diff(apiSchemaOf(releaseSdl), apiSchemaOf(currentSdl));
  return changes.map((change) => {
    const level = LEVELS[change.criticality.level];
    const base = { level, path: change.path ?? null, type: change.type, message: change.message, reason: change.criticality.reason ?? null };
    if (level !== 'breaking') return { ...base, recorded: null, deprecatedSince: null, allowed: null, rule: null, refusal: null };
    const recorded = Boolean(change.path && ctx.recorded.has(change.path));
    const since = change.path ? (deprecatedSince(ctx.history, change.path) ?? null) : null;
    const refused = ctx.contract
      ? refusal(change, ctx)
      : recorded
        ? null
        : { rule: 'not-recorded', text: `${change.path ?? change.message}: not recorded in the changelog under "## ${ctx.section}".` };
    return { ...base, recorded, deprecatedSince: since, allowed: !refused, rule: refused?.rule ?? (ctx.contract ? 'deprecated-long-enough' : 'recorded-before-contract'), refusal: refused?.text ?? null };
  });
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function argument(args, name) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : undefined;
}

const fileArgument = (args, name) => {
  const value = argument(args, name);
  return value ? path.resolve(value) : undefined;
};

/** A file as the user would type it: relative to the working directory when inside it. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

const sameSdl = (a, b) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

/**
 * What to check: the graph's date and changelog section, the release to compare with, and the releases
 * older than the graph (for its deprecation history). Throws when --today is not a date.
 */
export function plan({ current, currentSdl, release, releasesDir, todayArg }) {
  if (todayArg !== undefined && !DATE.test(todayArg)) throw new Error(`--today must be a date, YYYY-MM-DD; got "${todayArg}".`);
  const releases = releasesIn(releasesDir ?? (release ? path.dirname(release) : undefined));
  const newest = releases.at(-1);
  // The current graph is the newest release when identical to it: check that release against the one before.
  const released = !release && newest && sameSdl(readFileSync(newest.file, 'utf8'), currentSdl) ? newest : undefined;
  const date = released?.date ?? todayArg ?? today();
  const older = releases.filter((r) => r.date < date);
  const baseline = release ?? (released ? older.at(-1)?.file : newest?.file);
  return { current, date, section: released ? released.date : 'Unreleased', baseline, older, contract: date > CONTRACT_SINCE };
}

function printText(report, say) {
  say(`schema:diff: ${shown(report.current)} (${report.section === 'Unreleased' ? `unreleased, dated ${report.date}` : `the release of ${report.date}`}) against the release ${shown(report.release)}`);
  for (const [level, title] of [['breaking', 'Breaking'], ['dangerous', 'Dangerous'], ['safe', 'Safe']]) {
    const changes = report.changes.filter((c) => c.level === level);
    say(`${title} changes (${changes.length})${changes.length ? ':' : ''}`);
    for (const change of changes) {
      const mark = level !== 'breaking' ? '' : change.allowed ? `  [allowed: ${change.deprecatedSince ? `deprecated since ${change.deprecatedSince}, ` : ''}recorded]` : '  [REFUSED]';
      say(`  - ${change.path ?? '(schema)'}: ${change.message}${mark}`);
      if (level === 'breaking' && change.refusal) say(`      ${change.refusal}`);
      else if (level !== 'safe' && change.reason) say(`      ${change.reason}`);
    }
  }
}

/** Runs the comparison; returns the exit code. */
export async function main(args = process.argv.slice(2), say = (line) => process.stdout.write(`${line}\n`)) {
  const json = args.includes('--json');
  const current = fileArgument(args, '--current') ?? path.join(SCHEMA_DIR, 'supergraph.graphql');
  const changelogFile = fileArgument(args, '--changelog') ?? path.join(SCHEMA_DIR, 'CHANGELOG.md');
  const currentSdl = readFileSync(current, 'utf8');
  const checked = plan({ current, currentSdl, release: fileArgument(args, '--release'), releasesDir: fileArgument(args, '--releases'), todayArg: argument(args, '--today') });
  if (!checked.baseline) {
    const message = 'schema:diff: no earlier release to compare with (schema/releases/supergraph-<YYYY-MM-DD>.graphql); nothing to check.';
    say(json ? JSON.stringify({ ok: true, message, changes: [] }) : message);
    return 0;
  }
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const history = checked.older.map((r) => {
    const schema = apiSchemaOf(readFileSync(r.file, 'utf8'));
    return { date: r.date, schema, retired: retiredTypes(schema) };
  });
  const changes = await compareSupergraphs(readFileSync(checked.baseline, 'utf8'), currentSdl, {
    date: checked.date,
    history,
    recorded: recordedPaths(changelog, checked.section),
    section: checked.section,
    contract: checked.contract,
  });
  const refused = changes.filter((c) => c.level === 'breaking' && !c.allowed);
  const message = refused.length
    ? `${refused.length} breaking change(s) refused:\n${refused.map((c) => `  - ${c.refusal}`).join('\n')}\n` +
      `The rule: a field, argument, enum value, input field or type may be removed or changed only once a release at least ` +
      `${DEPRECATION_PERIOD_DAYS} days older marked it @deprecated, and with a line in ${shown(changelogFile)} naming its path; ` +
      'keep the old one (deprecate it) and add the new one beside it instead.'
    : '';
  const report = { ok: refused.length === 0, current, date: checked.date, section: checked.section, release: checked.baseline, changelog: changelogFile, changes, message };
  if (json) say(JSON.stringify(report));
  else {
    printText(report, say);
    const fine = checked.contract
      ? `schema:diff: no breaking change, or each one deprecated for ${DEPRECATION_PERIOD_DAYS} days and recorded.`
      : `schema:diff: every breaking change is recorded in the changelog (the rule for graphs dated up to ${CONTRACT_SINCE}).`;
    say(message || fine);
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
