import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { dailyStarts, makeBooking } from '../test/booking-factory';

const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

describe('Booking federation reference and root query', () => {
  let subgraph: TestSubgraph;
  const ids: string[] = [];
  const clientId = randomUUID();
  const therapistId = randomUUID();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (const startsAt of dailyStarts(100)) ids.push(makeBooking(em, { clientId, therapistId, startsAt }).id);
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('resolves 100 representations with one SQL statement', async () => {
    subgraph.db.resetQueries();
    const representations = [...ids, randomUUID(), 'not-a-uuid'].map((id) => ({ __typename: 'Booking', id }));
    const result = await subgraph.request<{ _entities: Array<{ id: string; status: string; client: { id: string } } | null> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { id status client { id } } } }',
      { r: representations },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(102);
    expect(result.data?._entities[7]).toEqual({ id: ids[7], status: 'CONFIRMED', client: { id: clientId } });
    expect(result.data?._entities[100]).toBeNull();
    expect(result.data?._entities[101]).toBeNull();
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it('answers booking(id) with the booking and its references', async () => {
    const result = await subgraph.request<{ booking: unknown }>('query($id: ID!) { booking(id: $id) { id startsAt endsAt format client { id } therapist { id } } }',
      { id: ids[0] },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.booking).toEqual({
      id: ids[0],
      startsAt: '2026-03-02T10:00:00.000Z',
      endsAt: '2026-03-02T11:00:00.000Z',
      format: 'ONLINE',
      client: { id: clientId },
      therapist: { id: therapistId },
    });
  });

  it('answers null for an unknown id and BAD_USER_INPUT on `id` for a malformed one', async () => {
    const query = 'query($id: ID!) { booking(id: $id) { id } }';
    expect((await subgraph.request(query, { id: randomUUID() }, admin)).data).toEqual({ booking: null });
    const bad = await subgraph.request(query, { id: '42' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
