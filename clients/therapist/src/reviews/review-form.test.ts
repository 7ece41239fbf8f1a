import { emptyReview, reviewErrorKey, reviewInput } from './review-form';

describe('the progress review form', () => {
  it('needs the session and notes, and sends only what was filled in', () => {
    expect(reviewInput(emptyReview(['g1'])).errors).toEqual({ bookingId: 'Choose the session the review took place at.', notes: 'Write your notes of the review.' });
    const draft = { ...emptyReview(['g1', 'g2'], 'b1'), notes: '  Walked to the shop twice.  ' };
    expect(reviewInput(draft).input).toEqual({ bookingId: 'b1', notes: 'Walked to the shop twice.' });
  });

  it('sends goal updates with an achievement, and refuses a status change without one', () => {
    const draft = { ...emptyReview(['g1', 'g2'], 'b1'), notes: 'n' };
    draft.goals[0] = { goalId: 'g1', achievement: 'PARTLY', status: '' };
    expect(reviewInput(draft).input?.goalUpdates).toEqual([{ goalId: 'g1', achievement: 'PARTLY' }]);
    draft.goals[1] = { goalId: 'g2', achievement: '', status: 'COMPLETED' };
    expect(reviewInput(draft).errors).toEqual({ 'goals.g2': expect.stringContaining('how the client is getting on') });
  });

  it('checks COPM rows: a named problem and whole ratings from 1 to 10, at most five', () => {
    const draft = { ...emptyReview([], 'b1'), notes: 'n', copm: [{ problem: 'Getting to the shops', performance: '3', satisfaction: '2' }] };
    expect(reviewInput(draft).input?.copm).toEqual([{ problem: 'Getting to the shops', performance: 3, satisfaction: 2 }]);
    draft.copm = [{ problem: 'x', performance: '11', satisfaction: '2.5' }];
    expect(Object.keys(reviewInput(draft).errors ?? {}).sort()).toEqual(['copm.0.performance', 'copm.0.problem', 'copm.0.satisfaction']);
    draft.copm = Array.from({ length: 6 }, () => ({ problem: 'Cooking', performance: '5', satisfaction: '5' }));
    expect(reviewInput(draft).errors).toEqual({ copm: 'Rate at most 5 problems.' });
  });

  it('takes a questionnaire in full or not at all, naming the items left', () => {
    const draft = { ...emptyReview([], 'b1'), notes: 'n', phq9: [0, 1, 2, 3, 0, 1, 2, 3, 1], gad7: [1, undefined, 1, undefined, 1, 1, 1] };
    expect(reviewInput(draft).errors).toEqual({ gad7: 'Answer every item, or none: items 2, 4 have no answer.' });
    draft.gad7 = [1, 1, 1, 1, 1, 1, 1];
    expect(reviewInput(draft).input).toMatchObject({ phq9: [0, 1, 2, 3, 0, 1, 2, 3, 1], gad7: [1, 1, 1, 1, 1, 1, 1] });
  });

  it('places the graph’s field errors beside the right box', () => {
    const input = { bookingId: 'b1', notes: 'n', goalUpdates: [{ goalId: 'g7', achievement: 'PARTLY' as never }] };
    expect(reviewErrorKey('input.copm.2.problem', input)).toBe('copm.2.problem');
    expect(reviewErrorKey('input.phq9.3', input)).toBe('phq9');
    expect(reviewErrorKey('input.goalUpdates.0.goalId', input)).toBe('goals.g7');
    expect(reviewErrorKey('input.bookingId', input)).toBe('bookingId');
    expect(reviewErrorKey('expectedVersion', input)).toBeUndefined();
    expect(reviewErrorKey(undefined, input)).toBeUndefined();
  });
});
