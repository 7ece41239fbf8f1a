// Schema evolution: `npm run schema:diff` compares the graph with its last release (schema/releases/) and
// fails on a breaking change that schema/CHANGELOG.md does not record. Run here as CI runs it, on the
// repository's own files, and on temporary copies with a breaking change made on purpose.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SUPERGRAPH = path.join(ROOT, 'schema', 'supergraph.graphql');

interface DiffChange {
  level: 'breaking' | 'dangerous' | 'safe';
  path: string | null;
  type: string;
  message: string;
  recorded: boolean | null;
}
interface DiffReport {
  ok: boolean;
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

describe('schema evolution (npm run schema:diff)', () => {
  let dir: string;
  let current: string;
  let release: string;
  const changelog = (name: string, text: string) => writeFile(path.join(dir, name), text);
  const HEADER = '# Schema changelog\n\nRecord like `Therapist.city` under Unreleased.\n\n';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caregraph-schema-diff-'));
    const supergraph = await readFile(SUPERGRAPH, 'utf8');
    release = path.join(dir, 'supergraph-2026-01-01.graphql');
    await writeFile(release, supergraph);
    // One breaking change (a field removed), one dangerous (an enum value added), one safe (a field added).
    const city = '  """Town or city the therapist works from."""\n  city: String @join__field(graph: THERAPISTS)\n';
    // Currency is a value type of more than one subgraph: match its GBP line whichever graphs it names.
    const gbp = / {2}GBP(?: @join__enumValue\(graph: [A-Z_]+\))+\n/;
    const outward = /(\n {2}outwardCode: String @join__field\(graph: THERAPISTS\)\n)/;
    expect(supergraph).toContain(city);
    expect(supergraph).toMatch(gbp);
    expect(supergraph).toMatch(outward);
    current = path.join(dir, 'supergraph.graphql');
    await writeFile(
      current,
      supergraph
        .replace(city, '')
        .replace(gbp, (line) => `${line}\n  """Euro; amounts are in cents."""\n  EUR @join__enumValue(graph: THERAPISTS)\n`)
        .replace(outward, '$1\n  """The county the therapist works in."""\n  county: String @join__field(graph: THERAPISTS)\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds no unrecorded breaking change between the repository's graph and its latest release", async () => {
    const { code, report: result } = await report([]);
    if (!result.ok) throw new Error(result.message);
    expect(code).toBe(0);
    expect(path.basename(result.release ?? '')).toMatch(/^supergraph-\d{4}-\d{2}-\d{2}\.graphql$/);
  }, 60_000);

  it('fails on a breaking change the changelog does not record, naming it, and prints the dangerous and safe ones', async () => {
    await changelog('CHANGELOG.md', `${HEADER}## Unreleased\n\n- \`Therapist.outwardCode\` is unrelated.\n\n## 2026-01-01\n\n- \`Therapist.city\` recorded long ago.\n`);
    const args = ['--current', current, '--release', release, '--changelog', path.join(dir, 'CHANGELOG.md')];
    const { code, report: result } = await report(args);
    expect(code).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'breaking', path: 'Therapist.city', type: 'FIELD_REMOVED', recorded: false }),
        expect.objectContaining({ level: 'dangerous', path: 'Currency.EUR', type: 'ENUM_VALUE_ADDED' }),
        expect.objectContaining({ level: 'safe', path: 'Therapist.county', type: 'FIELD_ADDED' }),
      ]),
    );
    // Descriptions count too: they are the documentation (safe changes).
    expect(result.changes.map((c) => c.level).sort()).toEqual(['breaking', 'dangerous', 'safe', 'safe', 'safe']);
    expect(result.message).toMatch(/1 breaking change\(s\) not recorded .*: Therapist\.city\./);

    const text = await runSchemaDiff(args);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Breaking changes \(1\):\n {2}- Therapist\.city: Field 'city' was removed from object type 'Therapist' {2}\[NOT RECORDED\]/);
    expect(text.stdout).toMatch(/Dangerous changes \(1\):\n {2}- Currency\.EUR: Enum value 'EUR' was added to enum 'Currency'/);
    expect(text.stdout).toMatch(/Safe changes \(3\):\n[^]*- Therapist\.county: Field 'county' was added to object type 'Therapist'/);
  }, 60_000);

  it('passes once the change is recorded under "Unreleased"', async () => {
    await changelog('RECORDED.md', `${HEADER}## Unreleased\n\n- \`Therapist.city\` removed: use \`Therapist.outwardCode\`.\n\n## 2026-01-01\n\nFirst.\n`);
    const { code, report: result } = await report(['--current', current, '--release', release, '--changelog', path.join(dir, 'RECORDED.md')]);
    expect(result.changes.find((c) => c.level === 'breaking')).toMatchObject({ path: 'Therapist.city', recorded: true });
    expect({ code, ok: result.ok }).toEqual({ code: 0, ok: true });
  }, 60_000);

  it('compares with the newest release by the date in its name', async () => {
    // An identical, newer release: nothing changed since it.
    await writeFile(path.join(dir, 'supergraph-2026-02-01.graphql'), await readFile(current, 'utf8'));
    const { code, report: result } = await report(['--current', current, '--changelog', path.join(dir, 'none.md'), '--releases', dir]);
    expect({ code, release: result.release, changes: result.changes }).toEqual({ code: 0, release: path.join(dir, 'supergraph-2026-02-01.graphql'), changes: [] });
  }, 60_000);
});
