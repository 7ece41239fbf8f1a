import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { ListingStatus } from '../therapists/listing-status';

const LIST = `query($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int, $limit: Int) {
  adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    total items { id displayName status hcpcNumber city outwardCode hcpcVerification { status } privateDetails { postcode } }
  }
}`;

interface Page {
  adminTherapists: { total: number; items: Array<{ id: string; displayName: string; status: string; hcpcNumber: string; city: string | null; outwardCode: string | null; hcpcVerification: { status: string }; privateDetails: { postcode: string | null } | null }> };
}

describe('adminTherapists: every listing for admins, filtered and ordered in the database', () => {
  let subgraph: TestSubgraph;
  const admin = adminCaller();
  const day = (d: number) => new Date(Date.UTC(2026, 0, d, 9));
  let owner: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeTherapist(em, { displayName: 'Ada Lovelace', headline: 'Calm routines after burnout', hcpcNumber: 'OT120001', city: 'Leeds', postcode: 'LS6 2AB', createdAt: day(1), updatedAt: day(9) });
    const byOwner = makeTherapist(em, {
      displayName: 'bea Okafor', headline: 'Creative ways out of low mood', hcpcNumber: 'OT120002', city: 'Manchester', postcode: 'M1 1AA',
      conditions: [Condition.PSYCHOSIS], sessionFormats: [SessionFormat.HOME_VISIT], travelRadiusKm: 10, createdAt: day(2), updatedAt: day(8),
    });
    owner = byOwner.userId;
    makeTherapist(em, { displayName: 'Cai Evans', headline: 'Lovely gardens, steady days', hcpcNumber: 'OT340003', status: ListingStatus.PENDING_REVIEW, city: 'Cardiff', postcode: 'CF10 1AA', createdAt: day(3), updatedAt: day(7) });
    makeTherapist(em, { displayName: 'Dee Shah', hcpcNumber: 'OT340004', status: ListingStatus.DRAFT, city: null, postcode: null, createdAt: day(4), updatedAt: day(6) });
    // Verified, but the registration expired: LAPSED, as clients see it.
    makeTherapist(em, { displayName: 'Eli Grant', hcpcNumber: 'OT560005', status: ListingStatus.SUSPENDED, city: 'Leeds', postcode: 'LS1 4AP', hcpcRegisterExpiresOn: '2020-01-31', createdAt: day(5), updatedAt: day(5) });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const list = (variables: Record<string, unknown>, caller = admin) => subgraph.request<Page>(LIST, variables, caller);
  const names = async (variables: Record<string, unknown>) => {
    const result = await list(variables);
    expect(result.errors).toBeUndefined();
    return result.data!.adminTherapists.items.map((t) => t.displayName);
  };

  it('lists every status, most recently changed first, with private details, in two statements', async () => {
    subgraph.db.resetQueries();
    const result = await list({});
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(2);
    expect(result.data!.adminTherapists.total).toBe(5);
    expect(result.data!.adminTherapists.items.map((t) => t.displayName)).toEqual(['Ada Lovelace', 'bea Okafor', 'Cai Evans', 'Dee Shah', 'Eli Grant']);
    expect(result.data!.adminTherapists.items[0].privateDetails).toEqual({ postcode: 'LS6 2AB' });
  });

  it('orders by name ignoring letter case, creation, status and city (no city last), and pages with the total', async () => {
    expect(await names({ sort: { field: 'DISPLAY_NAME', order: 'DESC' } })).toEqual(['Eli Grant', 'Dee Shah', 'Cai Evans', 'bea Okafor', 'Ada Lovelace']);
    expect(await names({ sort: { field: 'CREATED_AT', order: 'ASC' } })).toEqual(['Ada Lovelace', 'bea Okafor', 'Cai Evans', 'Dee Shah', 'Eli Grant']);
    const byCity = await list({ sort: { field: 'CITY', order: 'ASC' } });
    expect(byCity.data!.adminTherapists.items.map((t) => t.city)).toEqual(['Cardiff', 'Leeds', 'Leeds', 'Manchester', null]);
    expect(await names({ sort: { field: 'STATUS', order: 'ASC' }, filter: { statuses: ['DRAFT', 'SUSPENDED', 'PENDING_REVIEW'] } })).toEqual(['Dee Shah', 'Cai Evans', 'Eli Grant']);
    const page = await list({ sort: { field: 'DISPLAY_NAME', order: 'ASC' }, offset: 1, limit: 2 });
    expect(page.data!.adminTherapists).toMatchObject({ total: 5, items: [{ displayName: 'bea Okafor' }, { displayName: 'Cai Evans' }] });
  });

  it('filters by status, condition, session format, place, HCPC check and owner', async () => {
    expect(await names({ filter: { statuses: ['APPROVED'] } })).toEqual(['Ada Lovelace', 'bea Okafor']);
    expect(await names({ filter: { condition: 'PSYCHOSIS' } })).toEqual(['bea Okafor']);
    expect(await names({ filter: { sessionFormat: 'HOME_VISIT' } })).toEqual(['bea Okafor']);
    expect(await names({ filter: { place: ' leeds ' } })).toEqual(['Ada Lovelace', 'Eli Grant']);
    expect(await names({ filter: { place: 'ls6' } })).toEqual(['Ada Lovelace']);
    expect(await names({ filter: { place: 'CF' } })).toEqual(['Cai Evans']);
    expect(await names({ filter: { place: '%' } })).toEqual([]);
    expect(await names({ filter: { hcpcVerification: 'VERIFIED' } })).toEqual(['Ada Lovelace', 'bea Okafor']);
    expect(await names({ filter: { hcpcVerification: 'LAPSED' } })).toEqual(['Eli Grant']);
    expect(await names({ filter: { hcpcVerification: 'UNVERIFIED' } })).toEqual(['Cai Evans', 'Dee Shah']);
    expect(await names({ filter: { userId: owner } })).toEqual(['bea Okafor']);
    const combined = await list({ filter: { statuses: ['APPROVED', 'SUSPENDED'], place: 'Leeds', hcpcVerification: HcpcVerificationStatus.LAPSED } });
    expect(combined.data!.adminTherapists).toMatchObject({ total: 1, items: [{ displayName: 'Eli Grant', hcpcVerification: { status: 'LAPSED' } }] });
  });

  it('searches names and headlines by word prefixes, and HCPC numbers by their start', async () => {
    expect(await names({ filter: { search: 'ada' } })).toEqual(['Ada Lovelace']);
    expect(await names({ filter: { search: 'LOVEL ada' } })).toEqual(['Ada Lovelace']);
    // "gardens" is in a headline (weight B); words of the biography (weight C) do not count.
    expect(await names({ filter: { search: 'gardens' } })).toEqual(['Cai Evans']);
    expect(await names({ filter: { search: 'confidence' } })).toEqual([]);
    expect(await names({ filter: { search: 'burnout' } })).toEqual(['Ada Lovelace']);
    expect(await names({ filter: { search: 'ot34' } })).toEqual(['Cai Evans', 'Dee Shah']);
    expect(await names({ filter: { search: 'OT120002' } })).toEqual(['bea Okafor']);
    // tsquery operators typed in the box are plain text, never syntax.
    expect(await names({ filter: { search: "ada & !lovelace:* | ')" } })).toEqual(['Ada Lovelace']);
    expect(await names({ filter: { search: '!!!' } })).toEqual([]);
  });

  it('refuses bad input, naming the field', async () => {
    const field = async (variables: Record<string, unknown>) => (await list(variables)).errors?.[0].extensions;
    expect(await field({ limit: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(await field({ limit: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(await field({ offset: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    expect(await field({ filter: { userId: 'not-an-id' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.userId' });
    expect(await field({ filter: { search: 'x'.repeat(101) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(await field({ filter: { place: 'x'.repeat(101) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.place' });
    // An unknown sort or status is refused by the schema itself; the field is named all the same.
    expect(await field({ sort: { field: 'FEE', order: 'ASC' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort.field' });
    expect(await field({ filter: { statuses: ['LIVE'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.statuses[0]' });
    expect(await field({ limit: 'ten' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it.each([
    ['a therapist', therapistCaller(), 'FORBIDDEN'],
    ['a client', clientCaller(), 'FORBIDDEN'],
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await list({}, caller as never);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe(code);
  });
});
