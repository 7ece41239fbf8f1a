import { defineConfig, type Options } from '@mikro-orm/postgresql';
import path from 'node:path';

/** What a subgraph tells the runtime about its database. */
export interface OrmSettings {
  /** Connection URL of this subgraph's own database. */
  clientUrl: string;
  /** Entity classes (decorated with MikroORM decorators). */
  entities: Options['entities'];
  /** The subgraph package's root folder; migrations live in `src/migrations`, compiled to `dist/migrations`. */
  packageRoot: string;
  /** Largest number of pooled connections (default 10). */
  poolMax?: number;
  /** Name of the subgraph's database in its canonical form, used for the migration snapshot file. */
  snapshotName: string;
  /** Called with every SQL statement: used by tests that count statements. */
  onQuery?: (sql: string) => void;
}

/**
 * The MikroORM configuration shared by every subgraph: PostgreSQL, reflect-metadata,
 * committed migrations with snapshots, no schema sync. The migrator (`@mikro-orm/migrations`) is not
 * registered here: MikroORM loads it on the first `getMigrator()` (migrate, migration:create, the test
 * templates), and serving never does, which spares each subgraph process some 350 modules (umzug's index
 * loads its command line, and with it @rushstack's libraries, ajv and fs-extra).
 * `forSource` points the migrator at the TypeScript sources (for creating migrations).
 */
export function createOrmConfig(settings: OrmSettings, forSource = false): Options {
  const migrationsFolder = forSource ? 'src/migrations' : 'dist/migrations';
  return defineConfig({
    clientUrl: settings.clientUrl,
    entities: settings.entities,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    debug: settings.onQuery ? ['query'] : false,
    logger: settings.onQuery ? (message: string) => settings.onQuery?.(message) : () => undefined,
    colors: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: true },
    migrations: {
      path: path.join(settings.packageRoot, migrationsFolder),
      glob: forSource ? '!(*.d).ts' : '!(*.d).js',
      emit: 'ts',
      snapshot: true,
      snapshotName: `.snapshot-${settings.snapshotName}`,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  });
}
