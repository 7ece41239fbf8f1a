import { createLogger, withDatabase } from '@caregraph/kernel';
import { awaitSchemaVersion, initOrm, migrate, pendingMigrations, startSubgraph } from '@caregraph/runtime';
import { testServerUrl } from '@caregraph/runtime/testing';
import { testTokenPair } from '@caregraph/kernel/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { notificationsSubgraph } from '../subgraph';

/**
 * A serving replica never migrates: it waits for the release's `migrate` step and says so, and gives
 * up with the missing migrations named. Shown on the notifications subgraph, on an empty database.
 */
describe('serve waits for the schema version it needs', () => {
  const name = `schema_wait_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(testServerUrl(), name);
  const admin = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  const logger = createLogger('notifications');
  const thisBuild = readdirSync(path.join(notificationsSubgraph.packageRoot, 'dist/migrations'))
    .filter((file) => /^Migration\w+\.js$/.test(file))
    .map((file) => file.replace(/\.js$/, ''))
    .sort();
  let orm: MikroORM;
  const openOrm = () => initOrm({ clientUrl: url, entities: notificationsSubgraph.entities, packageRoot: notificationsSubgraph.packageRoot, snapshotName: notificationsSubgraph.database, poolMax: 2 });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database "${name}"`);
    orm = await openOrm();
  });
  afterAll(async () => {
    await orm.close(true);
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it('names every migration of this build as missing on an empty database, and creates nothing while looking', async () => {
    expect(thisBuild.length).toBeGreaterThan(0);
    expect(await pendingMigrations(orm)).toEqual(thisBuild);
    const tables = await orm.em.getConnection().execute(`select tablename from pg_tables where schemaname = 'public'`);
    expect(tables).toEqual([]);
  });

  it('refuses to serve after the wait, naming the missing migrations and the migrate step', async () => {
    const started = Date.now();
    const { verifier } = await testTokenPair(notificationsSubgraph.name);
    const refused = startSubgraph(notificationsSubgraph, { orm, verifier, port: 0, host: '127.0.0.1', schemaWaitSeconds: 1 });
    await expect(refused).rejects.toThrow(new RegExp(`lacks ${thisBuild.length} migration\\(s\\).*${thisBuild[0]}.*\`migrate\``));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('starts as soon as the migrations are applied while it waits', async () => {
    const waiting = awaitSchemaVersion(orm, logger, { waitSeconds: 30, pollMs: 100 });
    let done = false;
    void waiting.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    // The release's migrate step is a process of its own, as in a deployment: one ORM's migrator is not
    // shared with the replica polling (sharing it let a poll end the migration's transaction midway).
    const migrating = await openOrm();
    try {
      await migrate(migrating);
    } finally {
      await migrating.close(true);
    }
    await expect(waiting).resolves.toBeUndefined();
    expect(await pendingMigrations(orm)).toEqual([]);
  });

  it('counts what the migrator counts: a migration is missing until its row is there, with or without its .js ending', async () => {
    // Serving reads the migrator's table itself (the migrator is not loaded to serve); its answer must be the migrator's.
    const last = thisBuild[thisBuild.length - 1];
    const connection = orm.em.getConnection();
    await connection.execute('delete from mikro_orm_migrations where name = ?', [last]);
    expect(await pendingMigrations(orm)).toEqual([last]);
    expect((await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name)).toEqual([last]);
    await connection.execute('insert into mikro_orm_migrations (name) values (?)', [`${last}.js`]);
    expect(await pendingMigrations(orm)).toEqual([]);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
