import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';
import { SessionFormat } from '@caregraph/vocabulary';

const COVERS = `query($r: [_Any!]!, $postcode: String!) { _entities(representations: $r) { ... on Therapist { coversPostcode(postcode: $postcode) } } }`;

describe('Therapist.coversPostcode', () => {
  let subgraph: TestSubgraph;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    // All based in Leeds (LS6).
    ids.visits10 = makeTherapist(em, { sessionFormats: [SessionFormat.HOME_VISIT, SessionFormat.ONLINE], travelRadiusKm: 10 }).id;
    ids.visits80 = makeTherapist(em, { sessionFormats: [SessionFormat.HOME_VISIT], travelRadiusKm: 80 }).id;
    ids.online = makeTherapist(em, { sessionFormats: [SessionFormat.ONLINE], travelRadiusKm: null }).id;
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const covers = async (postcode: string, ...keys: string[]) => {
    const result = await subgraph.request<{ _entities: Array<{ coversPostcode: boolean }> }>(COVERS, {
      r: keys.map((k) => ({ __typename: 'Therapist', id: ids[k] })),
      postcode,
    });
    return result;
  };

  it('is true within the travel radius and false beyond it or without home visits', async () => {
    // LS7 is a few km from LS6; York (YO1) about 35 km away.
    expect((await covers('LS7 3AB', 'visits10', 'visits80', 'online')).data?._entities.map((e) => e.coversPostcode)).toEqual([true, true, false]);
    expect((await covers('YO1 7HH', 'visits10', 'visits80', 'online')).data?._entities.map((e) => e.coversPostcode)).toEqual([false, true, false]);
  });

  it('refuses something that is not a postcode, naming it', async () => {
    const result = await covers('not a postcode', 'visits10');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postcode' });
  });
});
