import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';
import { readListingsByIds } from './listing-reads';
import { ListingStatus } from './listing-status';
import { Therapist } from './therapist.entity';

/** Own enumerable properties as plain data, for comparing an entity with a read-model object. */
const plain = (value: object) => JSON.parse(JSON.stringify({ ...value }));

describe('readListingsByIds (the read path without hydration)', () => {
  let subgraph: TestSubgraph;
  const ids: string[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (const status of Object.values(ListingStatus)) ids.push(makeTherapist(em, { status }).id);
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('reads exactly what the ORM reads, as Therapist objects, in the order asked, in one statement', async () => {
    const asked = [ids[2], randomUUID(), ids[0], 'not-a-uuid', ids[2], ...ids.slice(3)];
    subgraph.db.resetQueries();
    const read = await readListingsByIds(subgraph.db.orm.em.fork(), asked);
    expect(subgraph.db.queries).toHaveLength(1);
    expect(read[1]).toBeNull();
    expect(read[3]).toBeNull();
    const entities = await subgraph.db.orm.em.fork().find(Therapist, { id: { $in: ids } });
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const listing of read.filter((r) => r !== null)) {
      expect(listing).toBeInstanceOf(Therapist);
      expect(plain(listing)).toEqual(plain(byId.get(listing.id)!));
    }
    expect(read[0]?.id).toBe(ids[2]);
    expect(read[4]?.id).toBe(ids[2]);
  });
});
