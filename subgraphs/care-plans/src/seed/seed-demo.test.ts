import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/runtime/demo';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { CarePlan } from '../care-plans/care-plan.entity';
import { carePlansSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster care plans once and leaves them alone afterwards', async () => {
    const expected = demoRoster().carePlans;
    expect(await seed(carePlansSubgraph, db.orm)).toBe(expected.length);
    expect(await seed(carePlansSubgraph, db.orm)).toBe(0);
    const stored = await db.orm.em.fork().find(CarePlan, {}, { orderBy: { id: 'asc' } });
    const shape = (p: { id: string; clientId: string | null; therapistId: string; status: string; goals: string[] }) => [p.id, p.clientId, p.therapistId, p.status, p.goals];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
  });
});
