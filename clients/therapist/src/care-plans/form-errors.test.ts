import { formField } from './form-errors';
import { statusChanges } from './plan-status';

describe('server field names on forms', () => {
  it('drops the input prefix and list indexes', () => {
    expect(formField('input.summary')).toBe('summary');
    expect(formField('input.goals.0.description')).toBe('goals.description');
    expect(formField('expectedVersion')).toBe('expectedVersion');
    expect(formField(undefined)).toBeUndefined();
  });
});

describe('care plan status changes', () => {
  it('follows the graph lifecycle, with nothing after a final status', () => {
    expect(statusChanges('DRAFT').map((c) => c.to)).toEqual(['ACTIVE', 'CANCELLED']);
    expect(statusChanges('ON_HOLD').map((c) => c.to)).toEqual(['ACTIVE', 'COMPLETED', 'CANCELLED']);
    expect(statusChanges('COMPLETED')).toEqual([]);
  });
});
