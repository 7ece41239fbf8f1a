import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { listingApi, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import { ListingEvent } from '../moderation/listing-event.entity';

describe('bad listing input is refused naming the field, and nothing is written', () => {
  let subgraph: TestSubgraph;
  let api: ReturnType<typeof listingApi>;
  let draft: Therapist;
  const owner = therapistCaller();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    api = listingApi(subgraph);
    const em = subgraph.db.orm.em.fork();
    draft = makeTherapist(em, { status: ListingStatus.DRAFT, userId: owner.userId! });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const rows = async () => {
    const em = subgraph.db.orm.em.fork();
    return [await em.count(Therapist), await em.count(ListingEvent), (await em.findOneOrFail(Therapist, draft.id)).version];
  };

  it.each([
    ['hcpcNumber', { hcpcNumber: 'PH12345' }],
    ['hcpcNumber', { hcpcNumber: 'OT1234567' }],
    ['hcpcNumber', { hcpcNumber: null }],
    ['displayName', { displayName: ' ' }],
    ['displayName', { displayName: null }],
    ['postcode', { postcode: 'LS6' }],
    ['postcode', { postcode: 'not a postcode' }],
    ['postcode', { postcode: 'QQ1 1AA' }], // the right shape, but no such area
    ['feePence', { feePence: -100 }],
    ['feePence', { feePence: 100_001 }],
    ['travelRadiusKm', { travelRadiusKm: 0 }],
    ['travelRadiusKm', { travelRadiusKm: 101 }],
    ['sessionMinutes', { sessionMinutes: 5 }],
    ['yearsOfExperience', { yearsOfExperience: 61 }],
    ['photoUrl', { photoUrl: 'http://images.example/me.jpg' }],
    ['headline', { headline: 'x'.repeat(161) }],
    ['conditions', { conditions: ['ANXIETY', 'ANXIETY'] }],
  ])('an update with a bad %s', async (field, input) => {
    const before = await rows();
    const result = await api.update(draft.id, 1, input, owner);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['hcpcNumber', { displayName: 'Pat Brackley', hcpcNumber: 'OT' }],
    ['postcode', { displayName: 'Pat Brackley', hcpcNumber: 'OT88801', postcode: 'ZZ99 9ZZ' }],
    ['feePence', { displayName: 'Pat Brackley', hcpcNumber: 'OT88801', feePence: 12.5 }],
  ])('a new listing with a bad %s', async (field, input) => {
    const before = await rows();
    const result = await api.create(input, therapistCaller());
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].message).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['gender', { gender: 'UNKNOWN' }],
    ['sessionFormats', { sessionFormats: ['PHONE'] }],
    ['languages', { languages: ['KLINGON'] }],
  ])('an unknown %s value', async (field, input) => {
    const before = await rows();
    const result = await api.update(draft.id, 1, input, owner);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`input.${field}`);
    expect(await rows()).toEqual(before);
  });

  it('a malformed id, and an expectedVersion below 1', async () => {
    expect((await api.update('42', 1, { headline: 'x' }, owner)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await api.update(draft.id, 0, { headline: 'x' }, owner)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
  });
});
