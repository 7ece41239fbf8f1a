import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { startFakePostcodesIo, type FakePostcodesIo } from '../test/fake-postcodes-io';
import { listingApi, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { Therapist } from '../therapists/therapist.entity';

/** With GEOCODER_URL set, listings and searches are placed by the provider over real HTTP. */
describe('the subgraph with a configured geocoder', () => {
  let fake: FakePostcodesIo;
  let subgraph: TestSubgraph;
  const saved = process.env.GEOCODER_URL;

  beforeAll(async () => {
    fake = await startFakePostcodesIo();
    // Read when the subgraph starts: its composition builds the geocoder.
    process.env.GEOCODER_URL = fake.url;
    subgraph = await startTestSubgraph(therapistsSubgraph);
  });
  afterAll(async () => {
    await subgraph.stop();
    await fake.stop();
    if (saved === undefined) delete process.env.GEOCODER_URL;
    else process.env.GEOCODER_URL = saved;
  });

  it("stores the provider's point for the listing's district, and searches from the client's exact postcode", async () => {
    const created = await listingApi(subgraph).create({ displayName: 'Geo Coded', hcpcNumber: 'OT31001', postcode: 'LS6 2AB' }, therapistCaller());
    expect(created.errors).toBeUndefined();
    const stored = await subgraph.db.orm.em.fork().findOneOrFail(Therapist, created.data!.result.id);
    expect([stored.latitude, stored.longitude]).toEqual([53.8189, -1.5766]);
    expect(fake.state.requests).toEqual(['/outcodes/LS6']);

    const em = subgraph.db.orm.em.fork();
    makeTherapist(em, { displayName: 'Listed Near', latitude: 53.8189, longitude: -1.5766 });
    await em.flush();
    fake.state.requests.length = 0;
    const result = await subgraph.request<{ searchTherapists: { edges: Array<{ distanceKm: number; node: { displayName: string } }> } }>(
      '{ searchTherapists(filter: { near: { postcode: "LS6 2AB", radiusKm: 5 } }) { edges { distanceKm node { displayName } } } }',
    );
    expect(result.data!.searchTherapists.edges).toEqual([{ distanceKm: 0.1, node: { displayName: 'Listed Near' } }]);
    expect(fake.state.requests).toEqual(['/postcodes/LS6 2AB']);
  });

  it('falls back to the offline table while the provider is down', async () => {
    fake.state.mode = 'error';
    try {
      const created = await listingApi(subgraph).create({ displayName: 'Geo Fallback', hcpcNumber: 'OT31002', postcode: 'BS6 5AB' }, therapistCaller());
      expect(created.errors).toBeUndefined();
      const stored = await subgraph.db.orm.em.fork().findOneOrFail(Therapist, created.data!.result.id);
      expect([stored.latitude, stored.longitude]).toEqual([51.47, -2.6]);
    } finally {
      fake.state.mode = 'ok';
    }
  });
});
