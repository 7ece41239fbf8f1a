// deploy/postgres/init-subgraph-databases.sh run for real on the test server: a throwaway set of the five
// databases and their roles (unique prefix, dropped afterwards), every subgraph migrated by scripts/migrate.mjs
// through its owner role, the bookings subgraph served through its runtime role, and what that role may not do.
// On the embedded server npm test starts (password authentication) the roles log in with their passwords; a
// trust-auth server (TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres) checks privileges only.
import { MikroORM } from '@mikro-orm/postgresql';
import { SYSTEM_USER_ID, withDatabase, type Caller } from '@caregraph/kernel';
import { graphqlRequest, testTokenPair } from '@caregraph/kernel/testing';
import { initOrm, purgeAllExpiredRecords, startSubgraph, type RunningSubgraph } from '@caregraph/runtime';
import { testServerUrl } from '@caregraph/runtime/testing';
import { bookingsSubgraph, Booking, BookingStatus } from '@caregraph/bookings';
import { SessionFormat } from '@caregraph/vocabulary';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { runMigrations } from 'graphile-worker';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const SUBGRAPHS = [
  { database: 'accounts', envPrefix: 'ACCOUNTS' },
  { database: 'therapists', envPrefix: 'THERAPISTS' },
  { database: 'bookings', envPrefix: 'BOOKINGS' },
  { database: 'care_plans', envPrefix: 'CARE_PLANS' },
  { database: 'notifications', envPrefix: 'NOTIFICATIONS' },
] as const;

const prefix = `roles_${randomBytes(4).toString('hex')}_`;
const server = new URL(testServerUrl());
const password = (role: string) => `pw-${role}`;
/** A URL for `role` (one of the script's roles) on database `database` of the test server. */
const urlFor = (role: string, database: string) => {
  const url = new URL(withDatabase(testServerUrl(), `${prefix}${database}`));
  url.username = `${prefix}${role}`;
  url.password = password(role);
  return url.toString();
};
const passwords = Object.fromEntries(
  SUBGRAPHS.flatMap((s) => [
    [`${s.envPrefix}_DB_OWNER_PASSWORD`, password(`${s.database}_owner`)],
    [`${s.envPrefix}_DB_RUNTIME_PASSWORD`, password(`${s.database}_runtime`)],
  ]),
);
const superuserEnv = {
  PGHOST: server.hostname,
  PGPORT: server.port || '5432',
  PGUSER: decodeURIComponent(server.username),
  PGPASSWORD: decodeURIComponent(server.password),
};

/** Runs `sql` as `role` on `database`; resolves to the rows, rejects with PostgreSQL's error. */
async function as(role: string, database: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: urlFor(role, database) });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `sql` as the test server's superuser on its maintenance database. */
async function asSuperuser(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('one database and two roles per subgraph (deploy/postgres/init-subgraph-databases.sh)', () => {
  beforeAll(async () => {
    const env = { PATH: process.env.PATH, ...superuserEnv, ...passwords, CAREGRAPH_DATABASE_PREFIX: prefix };
    await run(path.join(ROOT, 'deploy/postgres/init-subgraph-databases.sh'), [], { env });
    // As compose runs it: a URL per subgraph for its owner role, no DATABASE_URL (so no embedded server).
    const migrationEnv = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_MIGRATION_DATABASE_URL`, urlFor(`${s.database}_owner`, s.database)]));
    await run(process.execPath, [path.join(ROOT, 'scripts/migrate.mjs')], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...migrationEnv },
    });
  }, 120_000);

  afterAll(async () => {
    for (const { database } of SUBGRAPHS) {
      await asSuperuser(`drop database if exists "${prefix}${database}" with (force)`);
      await asSuperuser(`drop role if exists "${prefix}${database}_owner"`);
      await asSuperuser(`drop role if exists "${prefix}${database}_runtime"`);
    }
  });

  it('makes every role a plain login: no superuser, no creating databases or roles, no replication', async () => {
    const roles = await asSuperuser(
      `select rolname, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin
         from pg_roles where rolname like $1 order by rolname`,
      [`${prefix}%`],
    );
    expect(roles).toHaveLength(10);
    // Each has the password it was given (stored hashed; a trust-auth server would not check it at login).
    const hashed = await asSuperuser(`select rolname, rolpassword from pg_authid where rolname like $1`, [`${prefix}%`]);
    for (const role of hashed) expect({ role: role.rolname, password: role.rolpassword }).toEqual({ role: role.rolname, password: expect.stringMatching(/^(SCRAM-SHA-256\$|md5)/) });
    for (const role of roles) {
      expect(role).toEqual({ rolname: role.rolname, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false, rolcanlogin: true });
    }
  });

  it('gives every runtime role its own statement and idle-transaction timeouts, behind the requests’ deadlines', async () => {
    for (const { database } of SUBGRAPHS) {
      // As the role logs in, with nothing set by the session: the role's own settings.
      const settings = await as(`${database}_runtime`, database, `select current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle`);
      expect({ database, settings }).toEqual({ database, settings: [{ statement: '30s', idle: '1min' }] });
    }
  });

  it('migrated every database through its owner role, which owns the tables', async () => {
    for (const { database } of SUBGRAPHS) {
      const owners = await as(`${database}_owner`, database, `select distinct tableowner from pg_tables where schemaname = 'public'`);
      expect({ database, owners }).toEqual({ database, owners: [{ tableowner: `${prefix}${database}_owner` }] });
      const applied = await as(`${database}_runtime`, database, 'select count(*)::int as n from mikro_orm_migrations');
      expect(applied).toEqual([{ n: expect.any(Number) }]);
    }
  });

  it("keeps the bookings runtime role out of every other subgraph's database, care-plans' first", async () => {
    for (const other of ['care_plans', 'accounts', 'therapists']) {
      await expect(as('bookings_runtime', other, 'select 1')).rejects.toMatchObject({ code: '42501' });
    }
    await expect(as('care_plans_runtime', 'bookings', 'select 1')).rejects.toMatchObject({ code: '42501' });
    // Its own owner role is no way in either: the owner of bookings cannot connect to care plans.
    await expect(as('bookings_owner', 'care_plans', 'select 1')).rejects.toMatchObject({ code: '42501' });
  });

  it("lets the notifications runtime role queue a delivery on graphile-worker's queue, owned by the owner role, and nothing more", async () => {
    await runMigrations({ connectionString: urlFor('notifications_owner', 'notifications') });
    const owners = await as('notifications_owner', 'notifications', `select distinct tableowner from pg_tables where schemaname = 'graphile_worker'`);
    expect(owners).toEqual([{ tableowner: `${prefix}notifications_owner` }]);
    const id = randomUUID();
    await as('notifications_runtime', 'notifications', `select queue_delivery('${id}', 8)`);
    const jobs = await as('notifications_owner', 'notifications', `select j.key, j.max_attempts, j.payload from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'deliver'`);
    expect(jobs).toEqual([{ key: `delivery:${id}`, max_attempts: 8, payload: { deliveryId: id } }]);
    // The queue itself stays the owner's: no other job, no reading it, no changing it.
    await expect(as('notifications_runtime', 'notifications', `select graphile_worker.add_job('anything')`)).rejects.toMatchObject({ code: '42501' });
    await expect(as('notifications_runtime', 'notifications', 'select count(*) from graphile_worker.jobs')).rejects.toMatchObject({ code: '42501' });
    await expect(as('bookings_runtime', 'notifications', 'select 1')).rejects.toMatchObject({ code: '42501' });
  });

  it.each([
    ['create a table', 'create table intruder (id int)'],
    ['alter a table', 'alter table bookings add column intruder text'],
    ['drop a table', 'drop table booking_events'],
    ['truncate a table', 'truncate bookings cascade'],
    ['create a function', 'create function intruder() returns int language sql as $$ select 1 $$'],
    ['drop the append-only trigger of the purge audit', 'drop trigger retention_purges_append_only on retention_purges'],
    ['create a database', 'create database intruder'],
    ['create a role', 'create role intruder'],
    ['become another role', `set role "${prefix}bookings_owner"`],
  ])('refuses the bookings runtime role to %s', async (_, sql) => {
    await expect(as('bookings_runtime', 'bookings', sql)).rejects.toMatchObject({ code: '42501' });
  });

  it('serves the bookings subgraph through its runtime role: reads, writes, erasure and the retention purge', async () => {
    let orm: MikroORM | undefined;
    let subgraph: RunningSubgraph | undefined;
    try {
      orm = await initOrm({
        clientUrl: urlFor('bookings_runtime', 'bookings'),
        entities: bookingsSubgraph.entities,
        packageRoot: bookingsSubgraph.packageRoot,
        snapshotName: bookingsSubgraph.database,
        poolMax: 4,
      });
      const { signer, verifier } = await testTokenPair('bookings');
      subgraph = await startSubgraph(bookingsSubgraph, { host: '127.0.0.1', port: 0, orm, verifier, retentionPurgeIntervalMinutes: 0 });

      // Writes (INSERT) through the ORM.
      const em = orm.em.fork();
      const clientId = randomUUID();
      const session = em.create(Booking, {
        clientId,
        therapistId: randomUUID(),
        startsAt: new Date('2001-03-02T10:00:00Z'),
        endsAt: new Date('2001-03-02T11:00:00Z'),
        format: SessionFormat.ONLINE,
        status: BookingStatus.COMPLETED,
      });
      await em.flush();

      // Reads through GraphQL, as the gateway would ask.
      const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
      const token = await signer.sign('bookings', admin, randomUUID(), '198.51.100.7');
      const answer = await graphqlRequest<{ adminBookings: { total: number; items: Array<{ id: string }> } }>(
        subgraph.url,
        'query { adminBookings(limit: 5) { total items { id } } }',
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.adminBookings).toEqual({ total: 1, items: [{ id: session.id }] });

      // Erasure (UPDATE) keeps the session until 2021; the purge (DELETE, audit INSERT) then removes it.
      const erase = await graphqlRequest<{ eraseClientBookings: { retained: number } }>(
        subgraph.url,
        'mutation($userId: ID!) { eraseClientBookings(userId: $userId) { retained } }',
        { userId: clientId },
        { authorization: `Bearer ${await signer.sign('bookings', { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, randomUUID(), '198.51.100.7')}` },
      );
      expect(erase.errors).toBeUndefined();
      expect(erase.data?.eraseClientBookings.retained).toBe(1);
      const [purged] = await purgeAllExpiredRecords(orm.em, bookingsSubgraph.retention ?? []);
      expect(purged).toMatchObject({ kind: 'SESSION', deleted: 1 });
      expect(await as('bookings_runtime', 'bookings', 'select count(*)::int as n from bookings')).toEqual([{ n: 0 }]);
    } finally {
      await subgraph?.stop();
      await orm?.close(true);
    }
  });
});
