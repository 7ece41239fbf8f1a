// The logic behind `npm run schema` and its freshness check: print each subgraph's SDL (each in its
// own process: type-graphql keeps global metadata), compose them with the gateway's composition,
// and compare the results with the files committed under schema/.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runCommand } from './processes.mjs';
import { REPO_ROOT, SCHEMA_DIR, SUBGRAPHS, SUPERGRAPH_FILE, displayPath, entryPointOf } from './subgraphs.mjs';

/** The command that regenerates the committed schema files. */
export const SCHEMA_COMMAND = 'npm run schema';

const requireFromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));

/** Raised when the subgraphs do not compose; `errors` holds one message per composition error. */
export class CompositionError extends Error {
  constructor(errors) {
    super(`The subgraph schemas do not compose:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.errors = errors;
  }
}

/** Every file under schema/ that `npm run schema` writes, in a stable order. */
export function schemaFileNames() {
  return [...SUBGRAPHS.map((s) => s.sdlFile), SUPERGRAPH_FILE];
}

/** Line endings and surrounding blank lines never make a schema file different. */
export function normaliseSdl(text) {
  return `${text.replace(/\r\n/g, '\n').trim()}\n`;
}

/** Prints one subgraph's SDL by running `node <dir>/dist/main.js sdl` in a process of its own. */
export async function printSdl(service) {
  const sdl = await runCommand({
    name: service.name,
    entryPoint: entryPointOf(service),
    args: ['sdl'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return normaliseSdl(sdl);
}

/** Every subgraph's SDL, printed in parallel. @returns {Promise<Record<string,string>>} by subgraph name */
export async function printAllSdl() {
  return Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await printSdl(s)])));
}

/** Subgraph SDL as composition input, carrying the local development URLs (docs/architecture.md#static-supergraph). */
function compositionInput(sdls) {
  return SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, typeDefs: sdls[s.name] }));
}

/**
 * Composes the subgraphs with the gateway's `composeSupergraph` (built gateway/dist), so the file
 * written here is exactly what the gateway checks its supergraph against. Throws a CompositionError.
 */
export function composeSupergraphSdl(sdls) {
  const { composeSupergraph } = requireFromRoot('@caregraph/gateway');
  const { composeServices } = requireFromRoot('@apollo/composition');
  const { parse, printSchema } = requireFromRoot('graphql');
  // composeSupergraph reports errors as one message; ask composition itself for the list (and the hints).
  const result = composeServices(compositionInput(sdls).map((s) => ({ ...s, typeDefs: parse(s.typeDefs) })));
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  const supergraph = normaliseSdl(composeSupergraph(compositionInput(sdls)));
  const hints = (result.hints ?? []).map((h) => `${h.definition?.code ?? 'HINT'}: ${h.message}`);
  // The graph clients see (no federation machinery): what example queries are checked against.
  const apiSchema = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraph, apiSchema, hints };
}

/**
 * The contents every schema file should have, from the subgraphs' SDL, plus the client-facing
 * API schema and the composition hints.
 * @returns {{ files: Map<string,string>, apiSchema: string, hints: string[] }} files: file name → content
 */
export function expectedSchemaFiles(sdls) {
  const { supergraph, apiSchema, hints } = composeSupergraphSdl(sdls);
  const files = new Map(SUBGRAPHS.map((s) => [s.sdlFile, sdls[s.name]]));
  files.set(SUPERGRAPH_FILE, supergraph);
  return { files, apiSchema, hints };
}

/** The committed schema files (undefined for a missing one). @returns {Promise<Map<string,string|undefined>>} */
export async function readCommittedFiles(dir = SCHEMA_DIR) {
  const entries = await Promise.all(
    schemaFileNames().map(async (name) => {
      try {
        return [name, await readFile(path.join(dir, name), 'utf8')];
      } catch (error) {
        if (error.code === 'ENOENT') return [name, undefined];
        throw error;
      }
    }),
  );
  return new Map(entries);
}

/**
 * The files whose committed content differs from the expected one.
 * @returns {{ file: string, reason: 'missing' | 'stale' }[]}
 */
export function staleFiles(expected, committed) {
  const stale = [];
  for (const [file, content] of expected) {
    const current = committed.get(file);
    if (current === undefined) stale.push({ file, reason: 'missing' });
    else if (normaliseSdl(current) !== normaliseSdl(content)) stale.push({ file, reason: 'stale' });
  }
  return stale;
}

/** The message naming each stale file and the command that fixes them. */
export function describeStale(stale, dir = SCHEMA_DIR) {
  const shown = displayPath(dir);
  const lines = stale.map(({ file, reason }) =>
    reason === 'missing' ? `  - ${shown}/${file} is missing` : `  - ${shown}/${file} differs from what the code produces`,
  );
  return `The committed schema files are out of date:\n${lines.join('\n')}\nRun \`${SCHEMA_COMMAND}\` and commit the result.`;
}
