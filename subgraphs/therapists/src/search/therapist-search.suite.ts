import { startTestSubgraph, ANONYMOUS, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist, type TherapistFields } from '../test/therapist-factory';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { Language } from '../therapists/language';
import { ListingStatus } from '../therapists/listing-status';
import { TherapistGender } from '../therapists/therapist-gender';

const SEARCH = `query($filter: TherapistSearchFilter, $sort: TherapistSearchSort, $first: Int, $after: String) {
  searchTherapists(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    edges { cursor distanceKm node { displayName outwardCode city privateDetails { postcode } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Result {
  searchTherapists: {
    totalCount: number;
    totalCountIsExact: boolean;
    edges: Array<{ cursor: string; distanceKm: number | null; node: { displayName: string; outwardCode: string; city: string; privateDetails: unknown } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const DAY = 86_400_000;

describe('public directory search', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    const listed: TherapistFields[] = [
      {
        displayName: 'Amara Leeds', postcode: 'LS6 1AA', conditions: [Condition.ANXIETY, Condition.DEPRESSION_LOW_MOTIVATION], sessionFormats: [SessionFormat.ONLINE],
        feePence: 5000, gender: TherapistGender.FEMALE, fundingOptions: [FundingOption.SELF_PAY], biography: 'Gardening and routines.', publishedAt: at(40),
      },
      {
        displayName: 'Ben Roundhay', postcode: 'LS8 2BB', conditions: [Condition.ANXIETY, Condition.PTSD_TRAUMA], sessionFormats: [SessionFormat.HOME_VISIT], travelRadiusKm: 10,
        feePence: 7000, languages: [Language.ENGLISH, Language.POLISH], gender: TherapistGender.MALE, fundingOptions: [FundingOption.SELF_PAY, FundingOption.INSURANCE],
        biography: 'Music and confidence.', publishedAt: at(30),
      },
      {
        displayName: 'Chris Fallowfield', city: 'Manchester', postcode: 'M14 3DD', conditions: [Condition.ANXIETY], sessionFormats: [SessionFormat.HOME_VISIT, SessionFormat.ONLINE],
        travelRadiusKm: 30, feePence: 4000, gender: TherapistGender.NON_BINARY, fundingOptions: [FundingOption.NHS_REFERRAL], biography: 'Allotment gardening groups.', publishedAt: at(20),
      },
      {
        displayName: 'Dana Stoke Newington', city: 'London', postcode: 'N16 5EE', conditions: [Condition.EATING_DISORDERS], sessionFormats: [SessionFormat.CLINIC],
        feePence: 9000, gender: TherapistGender.FEMALE, fundingOptions: [FundingOption.INSURANCE], biography: 'Art and meal planning.', publishedAt: at(10),
      },
    ];
    const unlisted: TherapistFields[] = [
      { displayName: 'Hidden Harehills', postcode: 'LS7 1AA', hidden: true },
      { displayName: 'Suspended Sam', postcode: 'LS6 3AA', status: ListingStatus.SUSPENDED },
      { displayName: 'Pending Pat', postcode: 'LS6 4AA', status: ListingStatus.PENDING_REVIEW },
      { displayName: 'Draft Dee', postcode: 'LS6 5AA', status: ListingStatus.DRAFT },
      { displayName: 'Rejected Rob', postcode: 'LS6 6AA', status: ListingStatus.REJECTED },
    ];
    for (const fields of [...listed, ...unlisted]) makeTherapist(em, { ...fields, outwardCode: fields.postcode!.split(' ')[0] });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const search = (variables: Record<string, unknown>) => subgraph.request<Result>(SEARCH, variables);
  const names = async (variables: Record<string, unknown>) => {
    const result = await search(variables);
    expect(result.errors).toBeUndefined();
    return result.data!.searchTherapists.edges.map((e) => e.node.displayName);
  };

  it('lists only approved, visible listings, newest first, without distances', async () => {
    const result = (await search({})).data!.searchTherapists;
    expect([result.totalCount, result.totalCountIsExact]).toEqual([4, true]);
    expect(result.edges.map((e) => e.node.displayName)).toEqual(['Dana Stoke Newington', 'Chris Fallowfield', 'Ben Roundhay', 'Amara Leeds']);
    expect(result.edges.every((e) => e.distanceKm === null)).toBe(true);
  });

  it('answers without a cache-control header: the gateway takes public caching from the supergraph, not from subgraphs', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await subgraph.gatewayHeaders(ANONYMOUS, randomUUID(), '198.51.100.7')) },
      body: JSON.stringify({ query: 'query { searchTherapists(first: 2) { totalCount edges { node { displayName } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(((await response.json()) as { data: Result }).data.searchTherapists.edges.map((e) => e.node.displayName)).toEqual(['Dana Stoke Newington', 'Chris Fallowfield']);
  });

  it('filters by conditions (all of them), format, fee, language, gender and funding', async () => {
    expect(await names({ filter: { conditions: ['ANXIETY'] } })).toEqual(['Chris Fallowfield', 'Ben Roundhay', 'Amara Leeds']);
    expect(await names({ filter: { conditions: ['ANXIETY', 'PTSD_TRAUMA'] } })).toEqual(['Ben Roundhay']);
    expect(await names({ filter: { format: 'HOME_VISIT' } })).toEqual(['Chris Fallowfield', 'Ben Roundhay']);
    expect(await names({ filter: { format: 'CLINIC' } })).toEqual(['Dana Stoke Newington']);
    expect(await names({ filter: { maxFeePence: 5000 } })).toEqual(['Chris Fallowfield', 'Amara Leeds']);
    expect(await names({ filter: { language: 'POLISH' } })).toEqual(['Ben Roundhay']);
    expect(await names({ filter: { gender: 'FEMALE' } })).toEqual(['Dana Stoke Newington', 'Amara Leeds']);
    expect(await names({ filter: { funding: 'INSURANCE' } })).toEqual(['Dana Stoke Newington', 'Ben Roundhay']);
    expect(await names({ filter: { conditions: ['ANXIETY'], funding: 'SELF_PAY', maxFeePence: 6000 } })).toEqual(['Amara Leeds']);
    expect(await names({ filter: { language: 'WELSH' } })).toEqual([]);
  });

  it('searches name, headline and biography as text, with stemming', async () => {
    expect(await names({ filter: { text: 'gardens' } })).toEqual(['Chris Fallowfield', 'Amara Leeds']);
    expect(await names({ filter: { text: 'roundhay' } })).toEqual(['Ben Roundhay']);
    expect(await names({ filter: { text: 'gardening -allotment' } })).toEqual(['Amara Leeds']);
    expect(await names({ filter: { text: '   ' } })).toHaveLength(4);
  });

  it('finds listings near a postcode, nearest first, with distances', async () => {
    const near = (await search({ filter: { near: { postcode: 'ls1 4ap', radiusKm: 10 } } })).data!.searchTherapists;
    expect(near.edges.map((e) => e.node.displayName)).toEqual(['Amara Leeds', 'Ben Roundhay']);
    expect([near.totalCount, near.totalCountIsExact, near.pageInfo.hasNextPage]).toEqual([2, true, false]);
    expect(near.edges.map((e) => e.distanceKm)).toEqual([3.3, 4.8]);
    expect(await names({ filter: { near: { postcode: 'LS1 4AP', radiusKm: 100 } } })).toEqual(['Amara Leeds', 'Ben Roundhay', 'Chris Fallowfield']);
    // An outward code will do; the default radius is 25 km.
    expect(await names({ filter: { near: { postcode: 'M14' } } })).toEqual(['Chris Fallowfield']);
  });

  it('offers home visits only from therapists whose travel radius reaches the client', async () => {
    expect(await names({ filter: { format: 'HOME_VISIT', near: { postcode: 'LS1 4AP', radiusKm: 100 } } })).toEqual(['Ben Roundhay']);
    expect(await names({ filter: { format: 'HOME_VISIT', near: { postcode: 'M1 1AE', radiusKm: 100 } } })).toEqual(['Chris Fallowfield']);
  });

  it('sorts by fee or by distance within other filters, and pages', async () => {
    expect(await names({ sort: 'FEE' })).toEqual(['Chris Fallowfield', 'Amara Leeds', 'Ben Roundhay', 'Dana Stoke Newington']);
    expect(await names({ sort: 'FEE', filter: { near: { postcode: 'LS1 4AP', radiusKm: 100 } } })).toEqual(['Chris Fallowfield', 'Amara Leeds', 'Ben Roundhay']);
    expect(await names({ sort: 'NEWEST', filter: { near: { postcode: 'LS1 4AP', radiusKm: 100 } } })).toEqual(['Chris Fallowfield', 'Ben Roundhay', 'Amara Leeds']);
    const one = (await search({ sort: 'FEE', first: 2 })).data!.searchTherapists;
    expect([one.totalCount, one.pageInfo.hasNextPage, one.edges.length]).toEqual([4, true, 2]);
    const two = (await search({ sort: 'FEE', first: 2, after: one.pageInfo.endCursor })).data!.searchTherapists;
    expect(two.edges.map((e) => e.node.displayName)).toEqual(['Ben Roundhay', 'Dana Stoke Newington']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it('shows outward codes only: no full postcode anywhere in the answer, no private details', async () => {
    const result = await search({ first: 100, filter: { near: { postcode: 'LS1 4AP', radiusKm: 200 } } });
    expect(result.data!.searchTherapists.edges.map((e) => e.node.outwardCode)).toEqual(['LS6', 'LS8', 'M14']);
    expect(result.data!.searchTherapists.edges.every((e) => e.node.privateDetails === null)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}/);
  });

  it.each([
    [{ sort: 'DISTANCE' }, 'sort'],
    [{ filter: { near: { postcode: 'QQ1 1AA' } } }, 'filter.near.postcode'],
    [{ filter: { near: { postcode: 'Leeds' } } }, 'filter.near.postcode'],
    [{ filter: { near: { postcode: 'LS1 4AP', radiusKm: 0 } } }, 'filter.near.radiusKm'],
    [{ filter: { near: { postcode: 'LS1 4AP', radiusKm: 201 } } }, 'filter.near.radiusKm'],
    [{ filter: { maxFeePence: -1 } }, 'filter.maxFeePence'],
    [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
    [{ filter: { conditions: ['ANXIETY', 'ANXIETY'] } }, 'filter.conditions'],
    [{ first: 101 }, 'first'],
  ])('refuses %j naming %s', async (variables, field) => {
    const result = await search(variables);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an unknown enum value', async () => {
    const result = await search({ filter: { format: 'PHONE' } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('filter.format');
  });
});
