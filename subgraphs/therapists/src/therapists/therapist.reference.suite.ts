import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from './listing-status';
import type { Therapist } from './therapist.entity';

const ADMIN: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

describe('Therapist and User federation references', () => {
  let subgraph: TestSubgraph;
  const listings: Therapist[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    // Every status: a reference resolves whatever the moderation state.
    const statuses = Object.values(ListingStatus);
    for (let i = 0; i < 100; i++) listings.push(makeTherapist(em, { status: statuses[i % statuses.length] }));
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('resolves 100 Therapist representations with one SQL statement', async () => {
    subgraph.db.resetQueries();
    const representations = [...listings.map((t) => t.id), randomUUID(), 'not-a-uuid'].map((id) => ({ __typename: 'Therapist', id }));
    const result = await subgraph.request<{ _entities: Array<{ id: string; hcpcNumber: string; user: { id: string } } | null> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { id hcpcNumber user { id } } } }',
      { r: representations },
      ADMIN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(102);
    expect(result.data?._entities[7]).toEqual({ id: listings[7].id, hcpcNumber: listings[7].hcpcNumber, user: { id: listings[7].userId } });
    expect(result.data?._entities[100]).toBeNull();
    expect(result.data?._entities[101]).toBeNull();
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it('resolves User.therapistProfile for 50 users with one SQL statement', async () => {
    // 25 therapists' users, 24 users without a listing, one malformed id.
    const userIds = [...listings.slice(0, 25).map((t) => t.userId), ...Array.from({ length: 24 }, () => randomUUID()), 'not-a-uuid'];
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ _entities: Array<{ id: string; therapistProfile: { id: string; displayName: string } | null }> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id therapistProfile { id displayName } } } }',
      { r: userIds.map((id) => ({ __typename: 'User', id })) },
      ADMIN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(50);
    expect(result.data?._entities[3]).toEqual({ id: listings[3].userId, therapistProfile: { id: listings[3].id, displayName: listings[3].displayName } });
    expect(result.data?._entities.slice(25).every((u) => u.therapistProfile === null)).toBe(true);
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it('answers therapist(id) with the listing and its owner', async () => {
    const listing = listings[2]; // APPROVED: anyone may see it
    expect(listing.status).toBe('APPROVED');
    const result = await subgraph.request<{ therapist: unknown }>('query($id: ID!) { therapist(id: $id) { id displayName hcpcNumber conditions sessionFormats city outwardCode status createdAt user { id } } }',
      { id: listing.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.therapist).toEqual({
      id: listing.id,
      displayName: listing.displayName,
      hcpcNumber: listing.hcpcNumber,
      conditions: ['ANXIETY', 'WORK_STRESS_BURNOUT'],
      sessionFormats: ['ONLINE'],
      city: 'Leeds',
      outwardCode: 'LS6',
      status: listing.status,
      createdAt: listing.createdAt.toISOString(),
      user: { id: listing.userId },
    });
  });

  it('shows published listings to everyone and unpublished ones only to their owner and admins, in references too', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { id status } } }';
    const r = listings.slice(0, 6).map((t) => ({ __typename: 'Therapist', id: t.id }));
    const visible = async (caller?: Caller) =>
      ((await subgraph.request<{ _entities: Array<{ status: string } | null> }>(query, { r }, caller)).data?._entities ?? []).map((e) => e?.status ?? null);
    expect(await visible()).toEqual([null, null, 'APPROVED', null, null, 'SUSPENDED']);
    expect(await visible({ userId: randomUUID(), roles: ['THERAPIST'] })).toEqual([null, null, 'APPROVED', null, null, 'SUSPENDED']);
    expect(await visible({ userId: listings[1].userId, roles: ['THERAPIST'] })).toEqual([null, 'PENDING_REVIEW', 'APPROVED', null, null, 'SUSPENDED']);
    expect(await visible(ADMIN)).toEqual(['DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED']);

    const profile = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { therapistProfile { id } } } }';
    const draftOwner = [{ __typename: 'User', id: listings[0].userId }];
    expect((await subgraph.request(profile, { r: draftOwner })).data).toEqual({ _entities: [{ therapistProfile: null }] });
    expect((await subgraph.request(profile, { r: draftOwner }, { userId: listings[0].userId, roles: ['THERAPIST'] })).data).toEqual({
      _entities: [{ therapistProfile: { id: listings[0].id } }],
    });
  });

  it('answers null for an unknown id and BAD_USER_INPUT on `id` for a malformed one', async () => {
    const query = 'query($id: ID!) { therapist(id: $id) { id } }';
    expect((await subgraph.request(query, { id: randomUUID() })).data).toEqual({ therapist: null });
    const bad = await subgraph.request(query, { id: '42' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
