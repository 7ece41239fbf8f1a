import { EntitySchema, type MikroORM } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import { initOrm } from '../orm/init-orm';
import type { SubgraphDefinition } from '../subgraph/definition';
import { testServerUrl } from '../testing/test-database';

/** MikroORM wants one entity; this one is never queried, so it needs no table. */
const Probe = new EntitySchema({ name: 'Probe', properties: { id: { type: 'uuid', primary: true } } });

/**
 * A subgraph of the runtime's own suites, serving only the suite's `resolvers`, on the test server's
 * maintenance database: it runs no migrations and reads no tables of its own.
 */
export function probeSubgraph(resolvers: NonEmptyArray<Function>): SubgraphDefinition {
  return { name: 'probe', envPrefix: 'PROBE', database: 'postgres', defaultPort: 0, packageRoot: __dirname, entities: [Probe], resolvers };
}

/** The probe subgraph's ORM, with at most `poolMax` connections. */
export function probeOrm(poolMax: number): Promise<MikroORM> {
  return initOrm({ clientUrl: testServerUrl(), entities: [Probe], packageRoot: __dirname, snapshotName: 'probe', poolMax });
}
