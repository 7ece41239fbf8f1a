// The graph's contract (docs/adr/028-deprecation-period-enforced.md): `npm run schema:diff` compares the graph
// with the release before it and refuses a breaking change unless an earlier release deprecated the thing at
// least the stated period before, and the changelog records it. Run here as CI runs it, on the repository's
// own files, and on small synthetic supergraphs and releases in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const RELEASES = path.join(ROOT, 'schema', 'releases');

interface DiffChange {
  level: 'breaking' | 'dangerous' | 'safe';
  path: string | null;
  type: string;
  message: string;
  recorded: boolean | null;
  deprecatedSince: string | null;
  allowed: boolean | null;
  rule: string | null;
  refusal: string | null;
}
interface DiffReport {
  ok: boolean;
  date?: string;
  section?: string;
  release?: string;
  changes: DiffChange[];
  message: string;
}

/** Runs `node scripts/schema-diff.mjs <args>`: its exit code and output. */
function runSchemaDiff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/schema-diff.mjs', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function report(args: string[]): Promise<{ code: number; report: DiffReport }> {
  const { code, stdout, stderr } = await runSchemaDiff([...args, '--json']);
  try {
    return { code, report: JSON.parse(stdout.trim().split('\n').pop() ?? '') as DiffReport };
  } catch {
    throw new Error(`schema-diff.mjs gave no JSON report (exit ${code}):\n${stdout}\n${stderr}`);
  }
}

/** A one-subgraph supergraph around `types`: what composition writes, less what the API schema drops anyway. */
function supergraph(types: string): string {
  return `schema
  @link(url: "https://specs.apollo.dev/link/v1.0")
  @link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)
{
  query: Query
}

directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE
directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
scalar join__FieldSet
enum join__Graph {
  A @join__graph(name: "a", url: "http://a")
}
scalar link__Import
enum link__Purpose {
  SECURITY
  EXECUTION
}

${types}
`;
}

/** The small graph every case starts from: a field, an argument, an enum, an input and a type only one field uses. */
const BASE = {
  listing: 'listing(id: ID!, near: String): Listing',
  old: 'oldCity: String',
  legacy: 'legacy: LegacyStats',
  enumValue: 'HOME_VISIT',
  inputField: 'postcode: String',
};
type Parts = typeof BASE;
function graph(parts: Partial<Parts> = {}, extra = ''): string {
  const p = { ...BASE, ...parts };
  return supergraph(`type Query {
  ${p.listing}
  ${p.legacy}
  search(filter: Filter): [Listing!]!
}
type Listing {
  id: ID!
  name: String!
  ${p.old}
  formats: [Format!]!
}
type LegacyStats {
  count: Int!
}
enum Format {
  ONLINE
  ${p.enumValue}
}
input Filter {
  format: Format
  ${p.inputField}
}
${extra}`);
}
const deprecated = (sdl: string) => `${sdl} @deprecated(reason: "Use \`Listing.name\` instead.")`;

describe('the graph contract (npm run schema:diff)', () => {
  let dir: string;
  let caseNo = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caregraph-schema-diff-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  interface CaseOptions {
    today?: string;
    recorded?: string[];
  }
  /**
   * One case in a folder of its own: `releases` by date, the `current` graph, a changelog whose "Unreleased"
   * section holds `recorded`, checked as of `today`. Returns the script's arguments for it.
   */
  async function setUp(releases: Record<string, string>, current: string, { today = '2027-06-01', recorded = [] }: CaseOptions): Promise<string[]> {
    const folder = path.join(dir, `case-${(caseNo += 1)}`);
    await mkdir(path.join(folder, 'releases'), { recursive: true });
    for (const [date, sdl] of Object.entries(releases)) await writeFile(path.join(folder, 'releases', `supergraph-${date}.graphql`), sdl);
    await writeFile(path.join(folder, 'supergraph.graphql'), current);
    const lines = recorded.map((p) => `- \`${p}\` removed: use \`Listing.name\`.`).join('\n');
    await writeFile(path.join(folder, 'CHANGELOG.md'), `# Schema changelog\n\n## Unreleased\n\n${lines}\n\n## 2027-01-04\n\n- \`Listing.oldCity\` named in an old section only.\n`);
    return ['--current', path.join(folder, 'supergraph.graphql'), '--releases', path.join(folder, 'releases'), '--changelog', path.join(folder, 'CHANGELOG.md'), '--today', today];
  }
  /** The JSON report of one case. */
  const check = async (releases: Record<string, string>, current: string, options: CaseOptions = {}) => report(await setUp(releases, current, options));
  /** The printed output of one case. */
  const checkText = async (releases: Record<string, string>, current: string, options: CaseOptions = {}) => runSchemaDiff(await setUp(releases, current, options));
  const breaking = (r: DiffReport) => r.changes.filter((c) => c.level === 'breaking');

  it("passes today's repository graph against its releases", async () => {
    const { code, report: result } = await report([]);
    if (!result.ok) throw new Error(result.message);
    expect(code).toBe(0);
    expect(path.basename(result.release ?? '')).toMatch(/^supergraph-\d{4}-\d{2}-\d{2}\.graphql$/);
  }, 60_000);

  it('allows removing a field deprecated in a release at least 90 days old (and in every release since), recorded in the changelog', async () => {
    const old = graph({ old: deprecated(BASE.old) });
    const { code, report: result } = await check({ '2027-01-04': old, '2027-02-01': old }, graph({ old: '' }), { today: '2027-04-04', recorded: ['Listing.oldCity'] });
    expect(breaking(result)).toEqual([
      expect.objectContaining({ path: 'Listing.oldCity', type: 'FIELD_REMOVED', allowed: true, deprecatedSince: '2027-01-04', rule: 'deprecated-long-enough' }),
    ]);
    expect({ code, ok: result.ok }).toEqual({ code: 0, ok: true });
  }, 60_000);

  it('refuses removing a field that no release deprecated, naming the path and the rule, even with a changelog line', async () => {
    const { code, report: result } = await check({ '2027-01-04': graph() }, graph({ old: '' }), { recorded: ['Listing.oldCity'] });
    expect(code).toBe(1);
    expect(breaking(result)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', allowed: false, rule: 'not-deprecated', deprecatedSince: null })]);
    expect(result.message).toMatch(/1 breaking change\(s\) refused:\n {2}- Listing\.oldCity: not marked @deprecated in an earlier release/);
    expect(result.message).toMatch(/once a release at least 90 days older marked it @deprecated/);

    const text = await checkText({ '2027-01-04': graph() }, graph({ old: '' }));
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Breaking changes \(1\):\n {2}- Listing\.oldCity: Field 'oldCity' was removed from object type 'Listing' {2}\[REFUSED\]\n {6}Listing\.oldCity: not marked @deprecated/);
  }, 60_000);

  it('refuses a removal when the deprecation is too recent (saying until when it must stay), or was lifted in a later release', async () => {
    const tooRecent = await check({ '2027-01-04': graph(), '2027-03-22': graph({ old: deprecated(BASE.old) }) }, graph({ old: '' }), { today: '2027-04-04', recorded: ['Listing.oldCity'] });
    expect(tooRecent.code).toBe(1);
    expect(breaking(tooRecent.report)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', rule: 'deprecated-too-recently', deprecatedSince: '2027-03-22' })]);
    expect(tooRecent.report.message).toContain('Listing.oldCity: deprecated in the release of 2027-03-22, only 13 day(s) before 2027-04-04; it must keep working until 2027-06-20');

    // Deprecated long ago, but the deprecation was lifted in the latest release: the clock starts again.
    const lifted = await check({ '2026-12-20': graph({ old: deprecated(BASE.old) }), '2027-03-01': graph() }, graph({ old: '' }), { recorded: ['Listing.oldCity'] });
    expect(breaking(lifted.report)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', rule: 'not-deprecated' })]);
  }, 60_000);

  it('refuses changing the type of a field, an argument or an input field, and removing an enum value or argument, none deprecated', async () => {
    const changed = graph({ old: 'oldCity: Int', listing: 'listing(id: String!): Listing', enumValue: '', inputField: 'postcode: Int' });
    const { code, report: result } = await check({ '2027-01-04': graph() }, changed);
    expect(code).toBe(1);
    expect(breaking(result).map((c) => [c.path, c.type, c.rule]).sort()).toEqual([
      ['Filter.postcode', 'INPUT_FIELD_TYPE_CHANGED', 'not-deprecated'],
      ['Format.HOME_VISIT', 'ENUM_VALUE_REMOVED', 'not-deprecated'],
      ['Listing.oldCity', 'FIELD_TYPE_CHANGED', 'not-deprecated'],
      ['Query.listing.id', 'FIELD_ARGUMENT_TYPE_CHANGED', 'not-deprecated'],
      ['Query.listing.near', 'FIELD_ARGUMENT_REMOVED', 'not-deprecated'],
    ]);
  }, 60_000);

  it('allows removing a deprecated enum value, argument and input field, and a type whose only use was deprecated', async () => {
    const before = graph({
      enumValue: deprecated(BASE.enumValue),
      inputField: deprecated(BASE.inputField),
      listing: 'listing(id: ID!, near: String @deprecated(reason: "Use `Listing.name` instead.")): Listing',
      legacy: deprecated(BASE.legacy),
    });
    const after = graph({ enumValue: '', inputField: '', listing: 'listing(id: ID!): Listing', legacy: '' }).replace(/type LegacyStats \{\n {2}count: Int!\n\}\n/, '');
    const paths = ['Format.HOME_VISIT', 'Filter.postcode', 'Query.listing.near', 'Query.legacy', 'LegacyStats'];
    const { code, report: result } = await check({ '2027-01-04': before }, after, { recorded: paths });
    expect(breaking(result).map((c) => [c.path, c.allowed]).sort()).toEqual(paths.map((p) => [p, true]).sort());
    expect(code).toBe(0);
  }, 60_000);

  it('refuses removing a type still used by a field that is not deprecated', async () => {
    const before = graph({}, 'type Extra {\n  n: Int\n}\nextend type Listing {\n  extra: Extra\n  extraOld: Extra @deprecated(reason: "Use `Listing.name`.")\n}');
    const after = graph({}, 'extend type Listing {\n  extraOld: Int @deprecated(reason: "Use `Listing.name`.")\n}');
    const { report: result } = await check({ '2027-01-04': before }, after, { recorded: ['Extra', 'Listing.extra', 'Listing.extraOld'] });
    expect(breaking(result).map((c) => [c.path, c.rule]).sort()).toEqual([
      ['Extra', 'not-deprecated'],
      ['Listing.extra', 'not-deprecated'],
      ['Listing.extraOld', 'deprecated-long-enough'],
    ]);
  }, 60_000);

  it('refuses a removal deprecated long enough but not recorded in the changelog', async () => {
    const old = graph({ old: deprecated(BASE.old) });
    const { code, report: result } = await check({ '2027-01-04': old }, graph({ old: '' }));
    expect(code).toBe(1);
    expect(breaking(result)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', rule: 'not-recorded', deprecatedSince: '2027-01-04' })]);
    expect(result.message).toContain('Listing.oldCity: deprecated since 2027-01-04, but not recorded in the changelog under "## Unreleased"');
  }, 60_000);

  it('passes safe additions (a type, an optional field, argument and input field, an enum value) and refuses a required argument or input field, deprecated field or not', async () => {
    const added = graph(
      { listing: 'listing(id: ID!, near: String, radiusKm: Int = 10): Listing', inputField: 'postcode: String\n  town: String', enumValue: 'HOME_VISIT\n  CLINIC' },
      'type Review {\n  stars: Int!\n}\nextend type Listing {\n  reviews: [Review!]!\n}',
    );
    const safe = await check({ '2027-01-04': graph() }, added);
    expect({ code: safe.code, breaking: breaking(safe.report) }).toEqual({ code: 0, breaking: [] });
    expect(safe.report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'safe', path: 'Listing.reviews' }),
        expect.objectContaining({ level: 'safe', path: 'Review' }),
        expect.objectContaining({ level: 'dangerous', path: 'Format.CLINIC' }),
      ]),
    );

    const old = graph({ old: deprecated(BASE.old) });
    const required = graph({ old: deprecated('oldCity(style: String!): String'), inputField: 'postcode: String\n  town: String!' });
    const { code, report: result } = await check({ '2027-01-04': old }, required, { recorded: ['Listing.oldCity.style', 'Filter.town'] });
    expect(code).toBe(1);
    expect(breaking(result).map((c) => [c.path, c.rule]).sort()).toEqual([
      ['Filter.town', 'required-addition'],
      ['Listing.oldCity.style', 'required-addition'],
    ]);
  }, 60_000);

  it('checks a graph identical to its newest release as that release, against the one before, so cutting a release hides nothing', async () => {
    const current = graph({ old: '' });
    const { code, report: result } = await check({ '2027-01-04': graph(), '2027-05-01': current }, current, { today: '2027-06-01' });
    expect(code).toBe(1);
    expect({ date: result.date, section: result.section, release: path.basename(result.release ?? '') }).toEqual({ date: '2027-05-01', section: '2027-05-01', release: 'supergraph-2027-01-04.graphql' });
    expect(breaking(result)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', rule: 'not-deprecated' })]);
  }, 60_000);

  it('holds a graph dated up to the contract start (2026-12-05) to the earlier rule: a changelog line', async () => {
    const recorded = await check({ '2026-11-27': graph() }, graph({ old: '' }), { today: '2026-12-05', recorded: ['Listing.oldCity'] });
    expect({ code: recorded.code, breaking: breaking(recorded.report) }).toEqual({
      code: 0,
      breaking: [expect.objectContaining({ path: 'Listing.oldCity', allowed: true, rule: 'recorded-before-contract' })],
    });
    const unrecorded = await check({ '2026-11-27': graph() }, graph({ old: '' }), { today: '2026-12-05' });
    expect(breaking(unrecorded.report)).toEqual([expect.objectContaining({ path: 'Listing.oldCity', rule: 'not-recorded' })]);
    expect(unrecorded.code).toBe(1);
  }, 60_000);

  it('refuses a --today that is not a date', async () => {
    const result = await checkText({ '2027-01-04': graph() }, graph(), { today: 'tomorrow' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--today must be a date, YYYY-MM-DD; got "tomorrow".');
  }, 60_000);

  it('states in the integrator guide the deprecation period the check enforces', async () => {
    const script = await readFile(path.join(ROOT, 'scripts', 'schema-diff.mjs'), 'utf8');
    const days = /export const DEPRECATION_PERIOD_DAYS = (\d+);/.exec(script)?.[1];
    const guide = await readFile(path.join(ROOT, 'docs', 'integrator-guide.md'), 'utf8');
    expect(days).toBeDefined();
    expect(guide.replace(/\s+/g, ' ')).toContain(`keeps working for at least ${days} days and at least one release`);
    expect((await readdir(RELEASES)).filter((f) => /^supergraph-\d{4}-\d{2}-\d{2}\.graphql$/.test(f)).length).toBeGreaterThanOrEqual(2);
  });
});
