import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/runtime/demo';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { Therapist } from '../therapists/therapist.entity';
import { therapistsSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(therapistsSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster listings once and leaves them alone afterwards', async () => {
    const expected = demoRoster().therapists;
    expect(await seed(therapistsSubgraph, db.orm)).toBe(expected.length);
    expect(await seed(therapistsSubgraph, db.orm)).toBe(0);
    const em = db.orm.em.fork();
    const stored = await em.find(Therapist, {}, { orderBy: { id: 'asc' } });
    const shape = (t: Pick<Therapist, 'id' | 'userId' | 'displayName' | 'hcpcNumber' | 'city' | 'outwardCode'> & { status: string; conditions: string[]; sessionFormats: string[] }) =>
      [t.id, t.userId, t.displayName, t.hcpcNumber, t.city, t.outwardCode, t.status, t.conditions, t.sessionFormats];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
  });
});
