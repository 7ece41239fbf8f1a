import { retainUntil, retentionFor, retentionPolicies } from './record-retention';

describe('record retention', () => {
  it('keeps mental-health care records and session records 20 years after the end of care', () => {
    expect(retentionFor('CARE_PLAN').years).toBe(20);
    expect(retentionFor('SESSION').years).toBe(20);
    expect(retainUntil(new Date('2026-09-14T15:42:07.123Z'), retentionFor('CARE_PLAN')).toISOString()).toBe('2046-09-14T15:42:07.123Z');
  });

  it('names the rule and its source for every kind', () => {
    for (const policy of Object.values(retentionPolicies)) {
      expect(policy.rule).toMatch(/NHS Records Management Code of Practice/);
      expect(policy.rule).toContain(`${policy.years} years`);
    }
  });

  it('counts calendar years in UTC: 29 February moves to 1 March in a common year', () => {
    expect(retainUntil(new Date('2028-02-29T12:00:00.000Z'), { years: 20, rule: 'test' }).toISOString()).toBe('2048-02-29T12:00:00.000Z');
    expect(retainUntil(new Date('2028-02-29T12:00:00.000Z'), { years: 1, rule: 'test' }).toISOString()).toBe('2029-03-01T12:00:00.000Z');
  });
});
