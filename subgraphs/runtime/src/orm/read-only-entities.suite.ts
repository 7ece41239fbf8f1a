// The hot read path gives the same entities, with the same values, as em.find, on the real PostgreSQL:
// every kind of column the subgraphs use (uuid, text, integers, double, boolean, timestamptz, date, JSON,
// text arrays), nulls included, without touching the identity map.
import { ArrayType, Collection, EntitySchema, type MikroORM } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import { testServerUrl } from '../testing/test-database';
import { initOrm } from './init-orm';
import { RequestStoppedError, withDeadline } from '@caregraph/kernel';
import type { ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { readEntitiesByIds, readOnlyEntities } from './read-only-entities';
import { readRows } from './read-rows';

const TABLE = `read_probe_${randomBytes(4).toString('hex')}`;

class Probe {
  id!: string;
  name!: string;
  note!: string | null;
  count!: number;
  ratio!: number | null;
  active!: boolean;
  startsAt!: Date;
  endedAt!: Date | null;
  onDay!: string;
  tags!: string[];
  details!: Record<string, unknown> | null;
  secret!: string | null;
  /** A method of the entity class: read-only entities keep the class's behaviour. */
  label(): string {
    return `${this.name} (${this.count})`;
  }
}

const ProbeSchema = new EntitySchema<Probe>({
  class: Probe,
  tableName: TABLE,
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    note: { type: 'text', nullable: true },
    count: { type: 'integer' },
    ratio: { type: 'double', nullable: true, runtimeType: 'number' },
    active: { type: 'boolean' },
    startsAt: { type: 'timestamptz' },
    endedAt: { type: 'timestamptz', nullable: true },
    onDay: { type: 'date' },
    tags: { type: ArrayType },
    details: { type: 'json', nullable: true },
    secret: { type: 'text', nullable: true, lazy: true },
  },
});

class Owner {
  id!: string;
  probe!: Probe;
}
const OwnerSchema = new EntitySchema<Owner>({
  class: Owner,
  tableName: `${TABLE}_owner`,
  properties: { id: { type: 'uuid', primary: true }, probe: { kind: 'm:1', entity: () => Probe } },
});

class Group {
  id!: string;
  probes = new Collection<Probe>(this);
}
const GroupSchema = new EntitySchema<Group>({
  class: Group,
  tableName: `${TABLE}_group`,
  properties: { id: { type: 'uuid', primary: true }, probes: { kind: 'm:n', entity: () => Probe } },
});

/** Own enumerable properties as plain data. */
const plain = (value: object) => JSON.parse(JSON.stringify({ ...value }));

describe('readEntitiesByIds and readOnlyEntities (reads without the identity map)', () => {
  let orm: MikroORM;
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  const owners = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    orm = await initOrm({ clientUrl: testServerUrl(), entities: [ProbeSchema, OwnerSchema, GroupSchema], packageRoot: __dirname, snapshotName: 'probe', poolMax: 2 });
    await orm.em.getConnection().execute(
      `create table ${TABLE} (id uuid primary key, name text not null, note text, count integer not null, ratio double precision, active boolean not null,
        starts_at timestamptz not null, ended_at timestamptz, on_day date not null, tags text[] not null, details jsonb, secret text)`,
    );
    const em = orm.em.fork();
    em.create(Probe, { id: ids[0], name: 'first', note: "it's here", count: 3, ratio: 0.25, active: true, startsAt: new Date('2026-03-01T09:30:00.123Z'), endedAt: new Date('2026-03-01T10:30:00Z'), onDay: '2026-03-01', tags: ['a', 'b,c', 'd"e'], details: { nested: [1, 'two'] }, secret: 'never eager' });
    em.create(Probe, { id: ids[1], name: 'second', note: null, count: 0, ratio: null, active: false, startsAt: new Date('2025-12-31T23:59:59Z'), endedAt: null, onDay: '2025-12-31', tags: [], details: null, secret: null });
    em.create(Probe, { id: ids[2], name: 'third', note: '', count: -7, ratio: 1e-9, active: true, startsAt: new Date('2026-06-15T12:00:00Z'), endedAt: null, onDay: '2026-06-15', tags: ['x'], details: { a: { b: true } }, secret: 's' });
    await em.flush();
    await orm.em.getConnection().execute(`create table ${TABLE}_owner (id uuid primary key, probe_id uuid not null references ${TABLE} (id))`);
    await orm.em.getConnection().execute(`insert into ${TABLE}_owner values ('${owners[0]}', '${ids[1]}'), ('${owners[1]}', '${ids[0]}')`);
  });
  afterAll(async () => {
    await orm?.em.getConnection().execute(`drop table if exists ${TABLE}_owner`);
    await orm?.em.getConnection().execute(`drop table if exists ${TABLE}`);
    await orm?.close(true);
  });

  it('reads what em.find reads, as instances of the entity class, in the order asked, nulls for the rest', async () => {
    const asked = [ids[2], randomUUID(), ids[0], 'not-a-uuid', ids[1], ids[2]];
    const em = orm.em.fork();
    const read = await readEntitiesByIds(em, Probe, asked);
    expect(read.map((probe) => probe?.id ?? null)).toEqual([ids[2], null, ids[0], null, ids[1], ids[2]]);
    const found = new Map((await orm.em.fork().find(Probe, { id: { $in: ids } })).map((probe) => [probe.id, probe]));
    for (const probe of read.filter((p): p is Probe => p !== null)) {
      const expected = found.get(probe.id)!;
      expect(probe).toBeInstanceOf(Probe);
      // The same properties hold values (em.find leaves the unloaded lazy one defined as undefined).
      const defined = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined).map(([k]) => k).sort();
      expect(defined(probe)).toEqual(defined(expected));
      expect(plain(probe)).toEqual(plain(expected));
      expect(probe.startsAt).toBeInstanceOf(Date);
      expect(probe.startsAt.getTime()).toBe(expected.startsAt.getTime());
      expect(probe.label()).toBe(expected.label());
      expect(probe.secret).toBeUndefined();
    }
    expect(read[2]).toMatchObject({ note: "it's here", tags: ['a', 'b,c', 'd"e'], details: { nested: [1, 'two'] }, onDay: '2026-03-01', ratio: 0.25 });
  });

  it('leaves the identity map alone, and its objects are plain values that take assignment', async () => {
    const em = orm.em.fork();
    const [probe] = await readEntitiesByIds(em, Probe, [ids[0]]);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    probe!.name = 'changed here only';
    expect(probe!.name).toBe('changed here only');
    expect((await orm.em.fork().findOneOrFail(Probe, ids[0])).name).toBe('first');
  });

  it('reads in the request’s transaction when there is one', async () => {
    const id = randomUUID();
    await orm.em.fork().transactional(async (tx) => {
      tx.create(Probe, { id, name: 'uncommitted', note: null, count: 1, ratio: null, active: true, startsAt: new Date(), endedAt: null, onDay: '2026-01-01', tags: [], details: null, secret: null });
      await tx.flush();
      expect((await readEntitiesByIds(tx, Probe, [id]))[0]?.name).toBe('uncommitted');
      expect((await readEntitiesByIds(orm.em.fork(), Probe, [id]))[0]).toBeNull();
    });
  });

  it('keeps to the request’s deadline: a read still running when the time is up is cancelled in PostgreSQL', async () => {
    const started = Date.now();
    const response = new PassThrough() as unknown as ServerResponse;
    await expect(withDeadline(response, 300, () => readRows(orm.em.fork(), 'select pg_sleep(?) as slept', [20]))).rejects.toBeInstanceOf(RequestStoppedError);
    expect(Date.now() - started).toBeLessThan(5000);
    // The pool still serves, with parameters bound as PostgreSQL parameters.
    expect(await readRows(orm.em.fork(), 'select ?::int + 1 as n', [41])).toEqual([{ n: 42 }]);
  });

  it('reads by ids as a named prepared statement, one name per statement text, with the values of each call', async () => {
    const client = orm.em.getConnection().getKnex().client as { query: (connection: unknown, statement: { sql: string; options?: { name: string } }) => Promise<unknown> };
    const sent: Array<{ sql: string; name?: string }> = [];
    const original = client.query;
    const query = jest.spyOn(client, 'query').mockImplementation(function (this: unknown, connection, statement) {
      sent.push({ sql: statement.sql, name: statement.options?.name });
      return original.call(this, connection, statement);
    });
    try {
      for (const asked of [[ids[0]], [ids[1]], [ids[2], ids[0]], [ids[0]], [ids[1]], [ids[2]], [ids[0]]]) {
        expect((await readEntitiesByIds(orm.em.fork(), Probe, asked)).map((probe) => probe?.id)).toEqual(asked);
      }
      expect(await readRows(orm.em.fork(), 'select ?::int + 1 as n', [1], { prepared: true })).toEqual([{ n: 2 }]);
      expect(await readRows(orm.em.fork(), 'select ?::int + 1 as n', [2], { prepared: true })).toEqual([{ n: 3 }]);
    } finally {
      query.mockRestore();
    }
    const byText = new Map(sent.map((s) => [s.sql, new Set(sent.filter((t) => t.sql === s.sql).map((t) => t.name))]));
    expect(byText.size).toBe(3);
    for (const statementNames of byText.values()) {
      expect(statementNames.size).toBe(1);
      expect([...statementNames][0]).toMatch(/^cg_[\w-]+$/);
    }
    expect(new Set(sent.map((s) => s.name)).size).toBe(3);
  });

  it('selects the columns em.find selects, and refuses entities with collections', () => {
    const reader = readOnlyEntities(orm.em.fork(), Probe);
    expect(reader.columns).toEqual(['id', 'name', 'note', 'count', 'ratio', 'active', 'starts_at', 'ended_at', 'on_day', 'tags', 'details']);
    expect(reader.table).toBe(`"${TABLE}"`);
    expect(readOnlyEntities(orm.em.fork(), Owner).columns).toEqual(['id', 'probe_id']);
    expect(() => readOnlyEntities(orm.em.fork(), Group)).toThrow(/Group\.probes is a relation other than many-to-one/);
  });

  it('reads a many-to-one relation as em.find leaves an unloaded one: the target with only its key, even when the target is loaded', async () => {
    const em = orm.em.fork();
    await em.find(Probe, { id: ids[0] }); // a loaded target in the identity map does not change the read
    const entries = em.getUnitOfWork().getIdentityMap().values().length;
    const [second, first] = await readEntitiesByIds(em, Owner, owners);
    const found = await orm.em.fork().find(Owner, { id: { $in: owners } }, { orderBy: { id: 'asc' } });
    for (const owner of [second!, first!]) {
      expect(owner).toBeInstanceOf(Owner);
      expect(owner.probe).toBeInstanceOf(Probe);
      expect(owner.probe.id).toBe(found.find((f) => f.id === owner.id)!.probe.id);
      expect(owner.probe.name).toBeUndefined();
    }
    expect([second!.probe.id, first!.probe.id]).toEqual([ids[1], ids[0]]);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(entries);
  });
});
