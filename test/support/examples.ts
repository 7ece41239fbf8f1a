// The example operations integrators copy from: schema/examples/*.graphql, one named operation per file,
// with a comment saying what it does and, after a `# Variables:` line, example variables as JSON.
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from './api-schema';

export const EXAMPLES_DIR = path.join(SCHEMA_DIR, 'examples');

/** One example file. */
export interface Example {
  /** File name, e.g. `search-therapists.graphql`. */
  file: string;
  /** The operation's name, e.g. `SearchTherapists`. */
  name: string;
  /** The whole file. */
  source: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The example variables of the `# Variables:` comment ({} when there is none). */
  variables: Record<string, unknown>;
}

/** `SearchTherapists` → `search-therapists.graphql`. */
export function fileNameFor(operationName: string): string {
  return `${operationName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.graphql`;
}

/** The JSON after a `# Variables:` comment line, up to the first line that is not a comment. */
export function exampleVariables(source: string, file = 'example'): Record<string, unknown> {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^#\s*Variables:\s*$/.test(line));
  if (start < 0) return {};
  const json: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('#')) break;
    json.push(line.replace(/^#\s?/, ''));
  }
  try {
    return JSON.parse(json.join('\n')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: the JSON after "# Variables:" does not parse (${(error as Error).message})`);
  }
}

/** Every example, by file name. Throws, naming the file, when one does not parse or holds other than one named operation. */
export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      const document = parse(source);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || !operations[0].name) throw new Error(`${file}: must hold exactly one named operation`);
      return { file, name: operations[0].name.value, source, document, operation: operations[0], variables: exampleVariables(source, file) };
    });
}

/** The operation text without comments and with whitespace collapsed: how the guide's copies are compared. */
export function normalisedOperation(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}
