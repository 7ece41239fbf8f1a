import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ALLOW_DEMO_CREDENTIALS_VARIABLE, createLogger, refusesDemoCredentials } from '@caregraph/kernel';
import { initOrm } from '../orm/init-orm';
import type { SubgraphDefinition } from './definition';
import { printSubgraphSdl } from './build-schema';
import { startSubgraph } from './start-subgraph';
import { readSubgraphConfig } from './subgraph-config';
import { purgeAllExpiredRecords } from '../retention/retention-purge';

const USAGE = 'commands: serve (default) | migrate [--seed] | migration:create [--initial] | seed | purge-expired | sdl';

/**
 * Opens the subgraph's database for a one-off command and closes it afterwards: as the schema's owner
 * for migrations (`<PREFIX>_MIGRATION_DATABASE_URL`), as the serving role for everything else.
 */
async function withOrm<T>(definition: SubgraphDefinition, forSource: boolean, work: (orm: MikroORM) => Promise<T>, asOwner = false): Promise<T> {
  const config = readSubgraphConfig(definition);
  const orm = await initOrm(
    {
      clientUrl: asOwner ? config.migrationDatabaseUrl : config.databaseUrl,
      entities: definition.entities,
      packageRoot: definition.packageRoot,
      snapshotName: definition.database,
      poolMax: 2,
    },
    forSource,
  );
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/** Runs pending migrations; returns the names of those applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Seeds demo data in one transaction when the seeder finds its tables empty. */
export async function seed(definition: SubgraphDefinition, orm: MikroORM): Promise<number> {
  if (!definition.seed) return 0;
  // The demo accounts' password and the demo admin's authenticator secret are published.
  if (refusesDemoCredentials()) {
    throw new Error(
      `refusing to write the demo data with NODE_ENV=production: its accounts have a published password and authenticator secret. ` +
        `Seed a development or test database only (${ALLOW_DEMO_CREDENTIALS_VARIABLE}=true is for test rigs, never a deployment).`,
    );
  }
  const logger = createLogger(definition.name);
  return orm.em.fork().transactional((em) => definition.seed!(em, logger));
}

/**
 * The single entry point of every subgraph process (`node dist/main.js <command>`):
 * serve, run migrations (and seed demo data after them, in the same process, with `--seed`: one start of the
 * subgraph's modules fewer than `migrate` then `seed`), create a migration, seed demo data, or print the SDL.
 */
export async function runSubgraphCli(definition: SubgraphDefinition, argv = process.argv.slice(2)): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  const logger = createLogger(definition.name);
  const seedDemoData = async () => {
    const rows = await withOrm(definition, false, (orm) => seed(definition, orm));
    logger.info({ rows }, rows ? 'demo data seeded' : 'demo data already present');
  };
  try {
    switch (command) {
      case 'serve': {
        const running = await startSubgraph(definition);
        const shutdown = (signal: string) => {
          logger.info({ signal }, 'shutting down');
          running.stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once('SIGTERM', () => shutdown('SIGTERM'));
        process.once('SIGINT', () => shutdown('SIGINT'));
        // Started by the orchestrator with an IPC channel: when it goes away, so do we.
        if (process.send) {
          if (!process.connected) shutdown('parent exited');
          else process.once('disconnect', () => shutdown('parent exited'));
        }
        return;
      }
      case 'migrate': {
        const unknown = rest.filter((option) => option !== '--seed');
        if (unknown.length) throw new Error(`unknown option "${unknown[0]}" for migrate; ${USAGE}`);
        const applied = await withOrm(definition, false, migrate, true);
        logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
        if (rest.includes('--seed')) await seedDemoData();
        return;
      }
      case 'migration:create': {
        const initial = rest.includes('--initial');
        await withOrm(definition, true, async (orm) => {
          const result = await orm.getMigrator().createMigration(undefined, false, initial);
          logger.info({ file: result.fileName || 'none (no changes)' }, 'migration created');
        }, true);
        return;
      }
      case 'seed':
        await seedDemoData();
        return;
      case 'purge-expired': {
        // The same purge the serving process runs on its timer, once (e.g. from a scheduler outside it).
        const config = readSubgraphConfig(definition);
        const results = await withOrm(definition, false, (orm) =>
          purgeAllExpiredRecords(orm.em, definition.retention ?? [], { batchSize: config.retentionPurgeBatchSize }),
        );
        for (const result of results) {
          logger.info({ recordKind: result.kind, deleted: result.deleted, batches: result.batches, cutoff: result.cutoff.toISOString() }, 'retention purge done');
        }
        if (!definition.retention?.length) logger.info('nothing to purge: this subgraph keeps no records with a retention date');
        return;
      }
      case 'sdl':
        process.stdout.write(await printSubgraphSdl(definition));
        return;
      default:
        throw new Error(`unknown command "${command}"; ${USAGE}`);
    }
  } catch (error) {
    logger.error({ err: (error as Error).message }, `${command} failed`);
    process.stderr.write(`${definition.name}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
