import { scrubSqlLiterals } from './start-tracing';

describe('scrubSqlLiterals', () => {
  it('keeps the shape of a statement and drops its values', () => {
    expect(scrubSqlLiterals(`select "t0".* from "therapists" as "t0" where "t0"."id" in ('5ca1e003-0000-4000-8000-000000000001', 'O''Brien') and t0.fee_pence <= 8000 limit 20 offset 0`))
      .toBe(`select "t0".* from "therapists" as "t0" where "t0"."id" in (?, ?) and t0.fee_pence <= ? limit ? offset ?`);
    // Digits inside names stay.
    expect(scrubSqlLiterals('select e2e_1.x1 from "table2" where a = -1.5')).toBe('select e2e_1.x1 from "table2" where a = ?');
  });
});
