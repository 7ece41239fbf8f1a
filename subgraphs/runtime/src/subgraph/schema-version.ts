import type { Logger } from '@caregraph/kernel';
import type { MikroORM } from '@mikro-orm/postgresql';
import { readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The migrations this build of the subgraph has that its database has not applied yet, by name: those in
 * the migrator's folder without a row in its table, as the migrator itself counts them (a row's name
 * without its .js or .ts ending). Read here rather than through the migrator, which serving would
 * otherwise load for this one question (see orm-config.ts), and which would create its table when missing,
 * which the serving role may not do.
 */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const [{ table }] = await connection.execute<Array<{ table: string | null }>>(`select to_regclass('mikro_orm_migrations')::text as "table"`);
  if (table === null) return migrationsOfThisBuild(orm);
  const rows = await connection.execute<Array<{ name: string }>>('select name from mikro_orm_migrations');
  const applied = new Set(rows.map((row) => row.name.replace(/\.[jt]s$/, '')));
  return (await migrationsOfThisBuild(orm)).filter((name) => !applied.has(name));
}

/** Every migration compiled into this build (the migrator's folder), by name, oldest first; none without the folder. */
async function migrationsOfThisBuild(orm: MikroORM): Promise<string[]> {
  const folder = orm.config.get('migrations').path!;
  const files = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return files.filter((file) => /^Migration\w+\.js$/.test(file)).map((file) => file.replace(/\.js$/, '')).sort();
}

export interface SchemaWait {
  /** How long to wait for the migrations to be applied before giving up. */
  waitSeconds: number;
  /** How often to look again. */
  pollMs?: number;
}

/**
 * Waits until the database has every migration this build needs, saying what it waits for, and
 * rejects (naming the migrations and the `migrate` command) after `waitSeconds`. Migrations run once
 * per release, as their own step (the `migrate` command: a Kubernetes Job, compose's `migrate`
 * service, `npm start`'s preparation), never by each replica: a replica started first waits here.
 */
export async function awaitSchemaVersion(orm: MikroORM, logger: Logger, { waitSeconds, pollMs = 2000 }: SchemaWait): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  let said = '';
  for (;;) {
    const pending = await pendingMigrations(orm);
    if (!pending.length) {
      if (said) logger.info('database schema is up to date: starting');
      return;
    }
    const names = pending.join(', ');
    if (Date.now() >= deadline) {
      throw new Error(
        `the database lacks ${pending.length} migration(s) this build needs (${names}) after waiting ${waitSeconds} s. Run the subgraph's \`migrate\` command (the release's migrations Job) first.`,
      );
    }
    if (names !== said) {
      logger.warn({ pending }, `waiting for the database schema: ${pending.length} migration(s) not applied yet; run \`migrate\` (the release's migrations Job)`);
      said = names;
    }
    await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
  }
}
