import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';

describe('PersonalDataExport.therapistListing', () => {
  let subgraph: TestSubgraph;
  const ownerId = randomUUID();
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport { therapistListing } } }`;
  const exportOf = (userId: string, caller: { userId: string | null; roles: Array<'CLIENT' | 'THERAPIST' | 'ADMIN' | 'SYSTEM'> }) =>
    subgraph.request<{ _entities: Array<{ therapistListing: Record<string, unknown> | null }> }>(
      query,
      { r: [{ __typename: 'PersonalDataExport', userId }] },
      caller,
    );

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeTherapist(em, { userId: ownerId, hcpcNumber: 'OT424242' });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('gives the therapist their whole listing, private details included', async () => {
    const result = await exportOf(ownerId, { userId: ownerId, roles: ['THERAPIST'] });
    expect(result.errors).toBeUndefined();
    const listing = result.data!._entities[0].therapistListing!;
    expect(listing).toMatchObject({ userId: ownerId, hcpcNumber: 'OT424242' });
    expect(listing.moderationHistory).toEqual([]);
  });

  it('is null for someone without a listing', async () => {
    const client = randomUUID();
    const result = await exportOf(client, { userId: client, roles: ['CLIENT'] });
    expect(result.data!._entities[0].therapistListing).toBeNull();
  });

  it.each([
    ['another therapist', { userId: randomUUID(), roles: ['THERAPIST' as const] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN' as const] }, 'FORBIDDEN'],
    ['the platform itself', { userId: ownerId, roles: ['SYSTEM' as const] }, 'FORBIDDEN'],
    ['nobody signed in', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
  ])('is refused to %s', async (_who, caller, code) => {
    const result = await exportOf(ownerId, caller);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(result.data ?? {})).not.toContain('OT424242');
  });
});
