// The committed schema/*.graphql files must be exactly what the code produces (`npm run schema`),
// the subgraphs must compose, and the example query `npm start` prints must be valid against the graph.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const root = path.resolve(__dirname, '..');

/** What `node scripts/schema.mjs --check --json` reports. */
interface SchemaReport {
  ok: boolean;
  stale: { file: string; reason: 'missing' | 'stale' }[];
  message?: string;
  errors: string[];
  hints: string[];
  /** The client-facing schema the code composes to (absent when it does not compose). */
  apiSchema?: string;
}

/** Runs the check in its own process: each subgraph prints its SDL in a process of its own too. */
function runSchemaCheck(): Promise<SchemaReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['scripts/schema.mjs', '--check', '--json'], { cwd: root, timeout: 90_000 }, (error, stdout, stderr) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as SchemaReport);
      } catch {
        reject(new Error(`scripts/schema.mjs --check gave no report (${error?.message ?? 'no error'}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

describe('schema', () => {
  let report: SchemaReport;

  beforeAll(async () => {
    report = await runSchemaCheck();
  }, 90_000);

  it('the subgraphs compose into a supergraph without errors', () => {
    if (report.errors.length) throw new Error(`Composition failed:\n${report.errors.join('\n')}`);
  });

  it('the committed schema/*.graphql files are what the code produces', () => {
    if (report.errors.length) throw new Error('Cannot compare: the schema could not be produced (see the composition test).');
    if (report.stale.length) throw new Error(report.message ?? `Stale: ${report.stale.map((s) => s.file).join(', ')}. Run \`npm run schema\`.`);
  });

  it('the example query `npm start` prints is valid against the graph', () => {
    if (!report.apiSchema) throw new Error('Cannot check: the schema could not be produced (see the composition test).');
    const api = buildSchema(report.apiSchema);
    const query = readFileSync(path.join(root, 'scripts', 'example-query.graphql'), 'utf8');
    expect(validate(api, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
