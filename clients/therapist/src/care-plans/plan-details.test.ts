import { planDetailsInput, planDetailsValues, planDifferences } from './plan-details';

const saved = planDetailsValues({ focusConditions: ['ANXIETY'], summary: 'Getting out most days.', startDate: '2026-12-01', endDate: null, reviewCadenceWeeks: 4 });

describe('editing a care plan’s details', () => {
  it('sends only what changed', () => {
    expect(planDetailsInput(saved, saved).input).toEqual({});
    expect(planDetailsInput({ ...saved, summary: ' Walks and the shop. ', reviewCadenceWeeks: '6', endDate: '2027-03-01' }, saved).input).toEqual({ summary: 'Walks and the shop.', reviewCadenceWeeks: 6, endDate: '2027-03-01' });
  });

  it('refuses what the graph would refuse, naming the field', () => {
    expect(planDetailsInput({ ...saved, focusConditions: [], summary: '  ', reviewCadenceWeeks: '27', endDate: '2026-11-30' }, saved).errors).toEqual({
      focusConditions: 'Choose at least one condition the plan focuses on.',
      summary: 'Write what the plan is about, as agreed with the client.',
      endDate: 'The end date cannot be before the start date.',
      reviewCadenceWeeks: 'Enter a number of weeks from 1 to 26.',
    });
    expect(planDetailsInput({ ...saved, reviewCadenceWeeks: '2.5' }, saved).errors).toEqual({ reviewCadenceWeeks: 'Enter a number of weeks from 1 to 26.' });
  });

  it('lists where a version saved elsewhere and the edits differ', () => {
    const theirs = { ...saved, reviewCadenceWeeks: '2' };
    const mine = { ...saved, summary: 'Mine.' };
    expect(planDifferences(theirs, mine)).toEqual([
      { label: 'Summary', saved: 'Getting out most days.', yours: 'Mine.' },
      { label: 'Reviews', saved: 'every 2 weeks', yours: 'every 4 weeks' },
    ]);
  });
});
