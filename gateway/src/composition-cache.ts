// Composed supergraphs kept on disk outside production. Composing the five subgraphs costs about 0.7 s of CPU,
// and every start of the gateway composes the committed SDL again to check the supergraph file (as do the tests
// that build one): on a developer's machine and in a test run that is the same composition every time.
// Production composes at every start, as before.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isOwnFolder } from '@caregraph/kernel';

export interface CompositionCache {
  /** The supergraph composed earlier from the inputs `key` names, if there is one and it is intact. */
  read(key: string): string | undefined;
  /** Keeps `supergraph` for `key`; a failure to write leaves nothing behind and is not an error. */
  write(key: string, supergraph: string): void;
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The key of one composition: the installed composer's version and every subgraph's name, URL and SDL, in
 * the order given (composeSupergraph sorts them by name).
 */
export function compositionKey(subgraphs: ReadonlyArray<{ name: string; url: string; typeDefs: string }>): string {
  const composerVersion = (require('@apollo/composition/package.json') as { version: string }).version;
  return checksum(JSON.stringify({ composerVersion, subgraphs: subgraphs.map(({ name, url, typeDefs }) => [name, url, typeDefs]) }));
}

/**
 * The cache in `dir` (default: this user's folder under the system's temporary one); none in production. The
 * user is named by uid alone: os.userInfo() throws for a container's uid that has no passwd entry.
 */
export function compositionCache(env: NodeJS.ProcessEnv = process.env, dir = path.join(os.tmpdir(), `caregraph-composition-${process.getuid?.() ?? 'user'}`)): CompositionCache | undefined {
  if (env.NODE_ENV === 'production') return undefined;
  const fileOf = (key: string) => path.join(dir, `${key}.graphql`);
  return {
    read(key) {
      if (!isOwnFolder(dir)) return undefined;
      let text: string;
      try {
        text = readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
      // Each entry starts with its body's checksum: a truncated or edited one is composed again.
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      return newline > 0 && text.slice(0, newline) === `# sha256 ${checksum(body)}` ? body : undefined;
    },
    write(key, supergraph) {
      // Written whole under another name, then renamed: a reader never sees half an entry, and two gateways
      // starting at once each leave a whole one.
      const temporary = `${fileOf(key)}.${process.pid}.${randomBytes(4).toString('hex')}`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!isOwnFolder(dir)) return;
        writeFileSync(temporary, `# sha256 ${checksum(supergraph)}\n${supergraph}`, { mode: 0o600 });
        renameSync(temporary, fileOf(key));
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written where nothing could be.
        }
      }
    },
  };
}
