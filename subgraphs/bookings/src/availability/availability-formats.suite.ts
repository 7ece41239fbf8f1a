import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { makeSchedule } from '../test/schedule-factory';

// The gateway hands bookings the listing's formats (`@requires(fields: "sessionFormats")`): times for a format
// the listing does not give are never offered, since createBooking would refuse every one of them.
const AVAILABILITY = `query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) {
  _entities(representations: $r) { ... on Therapist {
    online: availability(from: $from, to: $to, format: ONLINE) { startsAt }
    home: availability(from: $from, to: $to, format: HOME_VISIT) { startsAt }
    any: availability(from: $from, to: $to) { startsAt }
  } }
}`;
const DAY = 86_400_000;

describe('Therapist.availability for a format', () => {
  let subgraph: TestSubgraph;
  const therapistId = randomUUID();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, therapistId, { minimumNoticeMinutes: 0 });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const ask = async (sessionFormats: string[]) => {
    const result = await subgraph.request<{ _entities: Array<Record<'online' | 'home' | 'any', unknown[]>> }>(AVAILABILITY, {
      r: [{ __typename: 'Therapist', id: therapistId, sessionFormats }],
      from: new Date(Date.now() + DAY).toISOString(),
      to: new Date(Date.now() + 15 * DAY).toISOString(),
    });
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0];
  };

  it('lists no times for a format the listing does not give, and the usual ones for a format it gives', async () => {
    const homeOnly = await ask(['HOME_VISIT']);
    expect(homeOnly.online).toEqual([]);
    expect(homeOnly.home.length).toBeGreaterThan(0);
    expect(homeOnly.any).toEqual(homeOnly.home);
    const both = await ask(['HOME_VISIT', 'ONLINE']);
    expect(both.online).toEqual(both.home);
  });

  it('lists nothing for a listing that gives no format at all', async () => {
    const none = await ask([]);
    expect([none.online, none.home, none.any]).toEqual([[], [], []]);
  });
});
