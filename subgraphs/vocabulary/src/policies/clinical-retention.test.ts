import { clinicalRetention, retainUntil } from './clinical-retention';

describe('clinical retention', () => {
  it('keeps adult health records 8 years after the last contact', () => {
    expect(clinicalRetention.years).toBe(8);
    expect(retainUntil(new Date('2026-09-14T15:42:07.123Z')).toISOString()).toBe('2034-09-14T15:42:07.123Z');
  });
});
