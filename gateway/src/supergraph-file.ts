import { parse, type DocumentNode } from 'graphql';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compositionCache, compositionKey, type CompositionCache } from './composition-cache';
import { SUBGRAPHS } from './subgraphs';

/** What to run when the supergraph is missing or out of date. */
export const SCHEMA_COMMAND = 'npm run schema';

/** One subgraph's SDL as input to composition. */
export interface SubgraphSdl {
  name: string;
  /** URL written into the supergraph: the local development one (the gateway maps names to its own URLs). */
  url: string;
  typeDefs: string | DocumentNode;
}

/** Raised when the supergraph cannot be served: missing, stale, or the SDL does not compose. */
export class SupergraphFileError extends Error {}

/**
 * Composes subgraph SDL into a supergraph with `@apollo/composition` (Federation 2), the one
 * composition used both by `npm run schema` and by the gateway's staleness check. Subgraphs are
 * sorted by name so the output does not depend on the order given. Throws a SupergraphFileError
 * listing every composition error. Outside production, a composition of the same SDL as before comes
 * from `cache` (./composition-cache.ts); only successful ones are kept.
 */
export function composeSupergraph(subgraphs: SubgraphSdl[], cache: CompositionCache | undefined = compositionCache()): string {
  const sorted = [...subgraphs].sort((a, b) => a.name.localeCompare(b.name));
  const texts = sorted.every((s) => typeof s.typeDefs === 'string') ? (sorted as Array<SubgraphSdl & { typeDefs: string }>) : undefined;
  const key = cache && texts ? compositionKey(texts) : undefined;
  const cached = key ? cache!.read(key) : undefined;
  if (cached) return cached;
  const services = sorted.map((s) => ({ name: s.name, url: s.url, typeDefs: typeof s.typeDefs === 'string' ? parse(s.typeDefs) : s.typeDefs }));
  // Loaded only to compose: a gateway whose composition is cached never needs it.
  const { composeServices } = require('@apollo/composition') as typeof import('@apollo/composition');
  const result = composeServices(services);
  if (result.errors) {
    const details = result.errors.map((e) => `  - ${e.message}`).join('\n');
    throw new SupergraphFileError(`The subgraph schemas do not compose:\n${details}`);
  }
  const supergraph = `${result.supergraphSdl.trim()}\n`;
  if (key) cache!.write(key, supergraph);
  return supergraph;
}

/** Reads a file, or returns undefined when it does not exist. */
async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Line endings and trailing blank lines do not make a supergraph different. */
function normalise(sdl: string): string {
  return sdl.replace(/\r\n/g, '\n').trim();
}

/**
 * Reads the supergraph the gateway serves and checks that it is current: the subgraph SDL files
 * in `schemaDir` (accounts.graphql, therapists.graphql, bookings.graphql, care-plans.graphql, notifications.graphql)
 * must compose to exactly this supergraph. Rejects with a SupergraphFileError naming
 * `npm run schema` when the file is missing or stale, so the gateway never serves a graph
 * that differs from the subgraphs' code.
 */
export async function loadSupergraph(supergraphPath: string, schemaDir: string): Promise<string> {
  const supergraph = await readIfExists(supergraphPath);
  if (supergraph === undefined) {
    throw new SupergraphFileError(`The supergraph ${supergraphPath} does not exist. Run \`${SCHEMA_COMMAND}\` to compose it.`);
  }
  const subgraphs: SubgraphSdl[] = [];
  const missing: string[] = [];
  for (const subgraph of SUBGRAPHS) {
    const typeDefs = await readIfExists(path.join(schemaDir, subgraph.sdlFile));
    if (typeDefs === undefined) missing.push(subgraph.sdlFile);
    else subgraphs.push({ name: subgraph.name, url: subgraph.localUrl, typeDefs });
  }
  if (missing.length > 0) {
    throw new SupergraphFileError(
      `Cannot check that ${supergraphPath} is current: ${missing.join(', ')} missing in ${schemaDir}. Run \`${SCHEMA_COMMAND}\`.`,
    );
  }
  let composed: string;
  try {
    composed = composeSupergraph(subgraphs);
  } catch (error) {
    throw new SupergraphFileError(`${(error as Error).message}\nFix the subgraphs, then run \`${SCHEMA_COMMAND}\`.`);
  }
  if (normalise(composed) !== normalise(supergraph)) {
    throw new SupergraphFileError(
      `The supergraph ${supergraphPath} is stale: the subgraph SDL in ${schemaDir} composes to a different graph. Run \`${SCHEMA_COMMAND}\`.`,
    );
  }
  return supergraph;
}
