import { ConfigError, databaseUrlFor, describeDatabaseUrl, envBool, envInt, migrationDatabaseUrlFor, withDatabase } from './config';

describe('configuration readers', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads integers and refuses anything else, naming the variable', () => {
    process.env.CG_TEST_PORT = '4101';
    expect(envInt('CG_TEST_PORT', 1)).toBe(4101);
    process.env.CG_TEST_PORT = 'forty';
    expect(() => envInt('CG_TEST_PORT', 1)).toThrow(new ConfigError('CG_TEST_PORT must be a whole number, got "forty"'));
    delete process.env.CG_TEST_PORT;
    expect(envInt('CG_TEST_PORT', 7)).toBe(7);
  });

  it('reads booleans', () => {
    process.env.CG_TEST_FLAG = 'false';
    expect(envBool('CG_TEST_FLAG', true)).toBe(false);
    process.env.CG_TEST_FLAG = 'maybe';
    expect(() => envBool('CG_TEST_FLAG', true)).toThrow(ConfigError);
  });

  it('derives each subgraph database from the server URL, unless its own URL is set', () => {
    process.env.DATABASE_URL = 'postgres://app:secret@db.internal:5433/postgres?sslmode=require';
    delete process.env.CARE_PLANS_DATABASE_URL;
    expect(databaseUrlFor('care_plans', 'CARE_PLANS')).toBe('postgres://app:secret@db.internal:5433/care_plans?sslmode=require');
    process.env.CARE_PLANS_DATABASE_URL = 'postgres://other/plans';
    expect(databaseUrlFor('care_plans', 'CARE_PLANS')).toBe('postgres://other/plans');
  });

  it("migrates through the owner role's URL when one is given, else through the subgraph's own", () => {
    process.env.BOOKINGS_DATABASE_URL = 'postgres://bookings_runtime:r@db.internal/bookings';
    delete process.env.BOOKINGS_MIGRATION_DATABASE_URL;
    expect(migrationDatabaseUrlFor('bookings', 'BOOKINGS')).toBe('postgres://bookings_runtime:r@db.internal/bookings');
    process.env.BOOKINGS_MIGRATION_DATABASE_URL = 'postgres://bookings_owner:o@db.internal/bookings';
    expect(migrationDatabaseUrlFor('bookings', 'BOOKINGS')).toBe('postgres://bookings_owner:o@db.internal/bookings');
    // Serving never uses it.
    expect(databaseUrlFor('bookings', 'BOOKINGS')).toBe('postgres://bookings_runtime:r@db.internal/bookings');
  });

  it('describes a database without its credentials', () => {
    expect(describeDatabaseUrl(withDatabase('postgres://app:secret@db.internal:5433/x', 'accounts'))).toBe('db.internal:5433/accounts');
  });
});
