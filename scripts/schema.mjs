// `npm run schema`: writes each subgraph's SDL to schema/<name>.graphql and the composed supergraph
// to schema/supergraph.graphql. Fails on composition errors; prints composition hints.
//   --check  writes nothing; exits 1 naming each stale file (used by test/schema-freshness.test.ts)
//   --json   with --check: one JSON report on stdout ({ ok, stale, message, errors, hints, apiSchema })
//   --dir <folder>  use another folder than schema/ (e.g. to try the output somewhere else)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CompositionError,
  describeStale,
  expectedSchemaFiles,
  printAllSdl,
  readCommittedFiles,
  staleFiles,
} from './lib/schema-files.mjs';
import { SCHEMA_DIR, displayPath } from './lib/subgraphs.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirIndex = args.indexOf('--dir');
const schemaDir = dirIndex >= 0 && args[dirIndex + 1] ? path.resolve(args[dirIndex + 1]) : SCHEMA_DIR;
const json = args.includes('--json');
const say = (line) => process.stdout.write(`${line}\n`);
const complain = (line) => process.stderr.write(`${line}\n`);

function printHints(hints) {
  if (!json && hints.length) say(`Composition hints (${hints.length}):\n${hints.map((h) => `  - ${h}`).join('\n')}`);
}

async function main() {
  const sdls = await printAllSdl();
  let expected;
  try {
    expected = expectedSchemaFiles(sdls);
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    if (json) say(JSON.stringify({ ok: false, stale: [], errors: error.errors, hints: [] }));
    else complain(error.message);
    return 1;
  }
  const { files, apiSchema, hints } = expected;
  printHints(hints);

  if (check) {
    const stale = staleFiles(files, await readCommittedFiles(schemaDir));
    const message = stale.length ? describeStale(stale, schemaDir) : '';
    if (json) say(JSON.stringify({ ok: stale.length === 0, stale, message, errors: [], hints, apiSchema }));
    else if (stale.length) complain(message);
    else say('schema: the committed schema files are current');
    return stale.length ? 1 : 0;
  }

  await mkdir(schemaDir, { recursive: true });
  for (const [file, content] of files) await writeFile(path.join(schemaDir, file), content);
  say(`schema: wrote ${[...files.keys()].map((f) => displayPath(path.join(schemaDir, f))).join(', ')}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (json) say(JSON.stringify({ ok: false, stale: [], errors: [error.message], hints: [] }));
    else complain(`schema: ${error.message}`);
    process.exitCode = 1;
  },
);
