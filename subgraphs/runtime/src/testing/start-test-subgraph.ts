import { startSubgraph, type RunningSubgraph } from '../subgraph/start-subgraph';
import type { SubgraphDefinition } from '../subgraph/definition';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A subgraph served over HTTP on a free port, backed by its own fresh test database. */
export interface TestSubgraph {
  subgraph: RunningSubgraph;
  db: TestDatabase;
  url: string;
  stop(): Promise<void>;
}

/** Starts `definition` on 127.0.0.1 with a free port and a new migrated database. */
export async function startTestSubgraph(definition: SubgraphDefinition): Promise<TestSubgraph> {
  const db = await createTestDatabase(definition);
  const subgraph = await startSubgraph(definition, { host: '127.0.0.1', port: 0, orm: db.orm });
  return {
    subgraph,
    db,
    url: subgraph.url,
    async stop() {
      await subgraph.stop();
      await db.drop();
    },
  };
}
