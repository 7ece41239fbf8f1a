// A subgraph's SQL keeps to its request's deadline, on the real PostgreSQL: a statement running when the
// time is up, or when the gateway hangs up, is cancelled in the database, and a write cut off that way
// leaves nothing behind.
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEADLINE_HEADER } from '@caregraph/kernel';
import { graphqlRequest, testTokenPair } from '@caregraph/kernel/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { startSubgraph, type RunningSubgraph } from '../subgraph/start-subgraph';
import { probeOrm, probeSubgraph } from '../test/probe-subgraph';

const TABLE = `deadline_probe_${randomBytes(4).toString('hex')}`;

@Resolver()
class SlowResolver {
  @Query(() => Int, { description: 'Sleeps in PostgreSQL; the marker finds the statement in pg_stat_activity.' })
  async sleep(@Arg('seconds', () => Int) seconds: number, @Arg('marker') marker: string, @Ctx() ctx: SubgraphContext): Promise<number> {
    await ctx.em.getConnection().execute(`select pg_sleep(${seconds}) /* ${marker.replace(/\W/g, '')} */`);
    return seconds;
  }

  @Mutation(() => Int, { description: 'Writes a row, then sleeps, in one transaction.' })
  async writeThenSleep(@Arg('tag') tag: string, @Arg('seconds', () => Int) seconds: number, @Ctx() ctx: SubgraphContext): Promise<number> {
    await ctx.em.transactional(async (em) => {
      await em.getConnection().execute(`insert into ${TABLE} (tag) values (?)`, [tag], 'run', em.getTransactionContext());
      await em.getConnection().execute(`select pg_sleep(${seconds})`, [], 'all', em.getTransactionContext());
    });
    return 1;
  }
}

describe('SQL under the request deadline', () => {
  let orm: MikroORM;
  let subgraph: RunningSubgraph;
  let sign: () => Promise<string>;

  beforeAll(async () => {
    orm = await probeOrm(4);
    await orm.em.getConnection().execute(`create table ${TABLE} (tag text not null)`);
    const { signer, verifier } = await testTokenPair('probe');
    subgraph = await startSubgraph(
      probeSubgraph([SlowResolver]),
      { host: '127.0.0.1', port: 0, orm, verifier, requestTimeoutMs: 10_000, ops: { host: '127.0.0.1', port: 0, readinessIntervalMs: 1000 } },
    );
    sign = () => signer.sign('probe', { userId: null, roles: [] }, randomUUID(), null);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await orm?.em.getConnection().execute(`drop table if exists ${TABLE}`);
    await orm?.close(true);
  });

  /** Statements carrying `marker` that PostgreSQL is running now, as seen from another connection. */
  const running = async (marker: string) =>
    (await orm.em.getConnection().execute(`select count(*)::int as n from pg_stat_activity where state = 'active' and query like ? and query not like '%pg_stat_activity%'`, [`%${marker}%`]))[0].n as number;
  const waitUntil = async (check: () => Promise<boolean>, ms: number) => {
    const until = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > until) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  };
  const ask = async (query: string, variables: Record<string, unknown>, deadlineMs?: number) =>
    graphqlRequest(subgraph.url, query, variables, { authorization: `Bearer ${await sign()}`, ...(deadlineMs === undefined ? {} : { [DEADLINE_HEADER]: String(deadlineMs) }) });

  it('answers as usual when the work fits in the time left', async () => {
    const body = await ask('query ($m: String!) { sleep(seconds: 0, marker: $m) }', { m: 'quick' }, 5000);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ sleep: 0 });
  });

  it('cancels a statement still running at the gateway’s deadline, and says the request was stopped', async () => {
    const marker = `deadline${randomBytes(4).toString('hex')}`;
    const started = Date.now();
    const body = await ask('query ($m: String!) { sleep(seconds: 30, marker: $m) }', { m: marker }, 400);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/took longer than the time allowed.*nothing was changed/), extensions: { code: 'INTERNAL_SERVER_ERROR', unavailable: true } });
    expect(await waitUntil(async () => (await running(marker)) === 0, 2000)).toBe(true);
  });

  it('rolls back a write cut off by the deadline: nothing is left', async () => {
    const tag = randomUUID();
    const body = await ask('mutation ($t: String!) { writeThenSleep(tag: $t, seconds: 30) }', { t: tag }, 400);
    expect(body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const rows = await orm.em.getConnection().execute(`select count(*)::int as n from ${TABLE} where tag = ?`, [tag]);
    expect(rows[0].n).toBe(0);
    // The pool still serves: the cancelled statement's connection was replaced, not reused half-way.
    const again = await ask('query ($m: String!) { sleep(seconds: 0, marker: $m) }', { m: 'after' }, 5000);
    expect(again.data).toEqual({ sleep: 0 });
  });

  it('stops the database work when the gateway hangs up, long before the deadline', async () => {
    const marker = `gone${randomBytes(4).toString('hex')}`;
    const controller = new AbortController();
    const token = await sign();
    const pending = fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [DEADLINE_HEADER]: '9000' },
      body: JSON.stringify({ query: 'query ($m: String!) { sleep(seconds: 30, marker: $m) }', variables: { m: marker } }),
      signal: controller.signal,
    }).catch(() => undefined);
    expect(await waitUntil(async () => (await running(marker)) === 1, 3000)).toBe(true);
    controller.abort();
    await pending;
    expect(await waitUntil(async () => (await running(marker)) === 0, 2000)).toBe(true);
  });

  it('never lets the header lengthen a request past the subgraph’s own ceiling', async () => {
    const pair = await testTokenPair('probe');
    const short = await startSubgraph(
      probeSubgraph([SlowResolver]),
      { host: '127.0.0.1', port: 0, orm, verifier: pair.verifier, requestTimeoutMs: 300, ops: { host: '127.0.0.1', port: 0, readinessIntervalMs: 1000 } },
    );
    try {
      const token = await pair.signer.sign('probe', { userId: null, roles: [] }, randomUUID(), null);
      const marker = `ceiling${randomBytes(4).toString('hex')}`;
      const started = Date.now();
      const body = await graphqlRequest(short.url, 'query ($m: String!) { sleep(seconds: 30, marker: $m) }', { m: marker }, { authorization: `Bearer ${token}`, [DEADLINE_HEADER]: '60000' });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', unavailable: true });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await waitUntil(async () => (await running(marker)) === 0, 2000)).toBe(true);
    } finally {
      await short.stop();
    }
  });
});
