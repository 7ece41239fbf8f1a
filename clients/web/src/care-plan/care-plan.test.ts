import { createCache } from '../graphql/cache';
import { doneThisWeek } from './ActivityItem';
import { appendActivityLog } from './cache-updates';
import { MEASURE_RANGE, plot } from './chart-geometry';
import { MY_CARE_PLANS } from './operations';
import { collectAnswers, describeChange, needsSupportNow, QUESTIONNAIRES } from './questionnaires';

describe('PHQ-9 and GAD-7 between sessions', () => {
  it('has the standard nine and seven items', () => {
    expect(QUESTIONNAIRES.PHQ9.items).toHaveLength(9);
    expect(QUESTIONNAIRES.GAD7.items).toHaveLength(7);
  });

  it('sends the answers only when every item has one, naming those still open', () => {
    expect(collectAnswers('GAD7', [1, 1, 0, 1, 2, 0, 1])).toEqual({ answers: [1, 1, 0, 1, 2, 0, 1] });
    expect(collectAnswers('GAD7', [1, undefined, 0, 1, 2, 0])).toEqual({ missing: [2, 7] });
    expect(collectAnswers('PHQ9', [])).toEqual({ missing: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });

  it('brings help to the screen for any answer above 0 on PHQ-9 item 9, and only there', () => {
    expect(needsSupportNow('PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(true);
    expect(needsSupportNow('PHQ9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(needsSupportNow('GAD7', [3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });

  it('says what a change in score means (lower is better)', () => {
    expect(describeChange(undefined, 9)).toMatch(/first score/);
    expect(describeChange(12, 8)).toBe('Down 4 from last time (lower is better).');
    expect(describeChange(8, 12)).toMatch(/^Up 4 from last time/);
    expect(describeChange(8, 8)).toBe('The same as last time.');
  });
});

describe('the progress chart', () => {
  const box = { width: 100, height: 100, padding: 10 };

  it('places points by date and score within the measure’s range (lower scores lower down)', () => {
    const points = plot(
      [
        { at: '2026-01-01T00:00:00Z', value: 27 },
        { at: '2026-01-03T00:00:00Z', value: 0 },
        { at: '2026-01-11T00:00:00Z', value: 13.5 },
      ],
      MEASURE_RANGE.PHQ9,
      box,
    );
    expect(points.map((p) => p.x)).toEqual([10, 26, 90]);
    expect(points.map((p) => p.y)).toEqual([10, 90, 50]);
  });

  it('centres a single point and keeps scores inside the range', () => {
    expect(plot([{ at: '2026-01-01T00:00:00Z', value: 40 }], MEASURE_RANGE.GAD7, box)).toEqual([{ x: 50, y: 10 }]);
  });
});

describe('the one-tap activity log', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');

  it('counts the logs of the last seven days', () => {
    expect(doneThisWeek([{ doneAt: '2026-11-30T09:00:00Z' }, { doneAt: '2026-11-25T09:00:00Z' }, { doneAt: '2026-11-20T09:00:00Z' }], now)).toBe(2);
  });

  it('adds the new log to the activity in the cache, keeping the latest window', () => {
    const cache = createCache();
    // Newest first, as the graph lists them.
    const logs = Array.from({ length: 10 }, (_, i) => ({ __typename: 'ActivityLog', id: `l${i}`, doneAt: `2026-11-${String(29 - i).padStart(2, '0')}T09:00:00.000Z`, mood: null }));
    cache.writeQuery({
      query: MY_CARE_PLANS,
      data: {
        me: {
          __typename: 'User',
          id: 'u1',
          carePlans: [
            {
              __typename: 'CarePlan',
              id: 'p1',
              status: 'ACTIVE',
              summary: 'Back to a routine',
              startDate: '2026-09-01',
              endDate: null,
              nextReviewDue: '2026-12-10',
              therapist: { __typename: 'Therapist', id: 't1', displayName: 'T' },
              goals: [],
              activities: [{ __typename: 'Activity', id: 'a1', type: 'PHYSICAL_ACTIVITY', timesPerWeek: 3, instructions: 'Walk', active: true, logs }],
              questionnaires: [],
              trends: { __typename: 'CarePlanTrends', measures: [] },
            },
          ],
        },
      } as never,
    });
    appendActivityLog(cache, 'a1', { id: 'new', doneAt: '2026-12-01T12:00:00.000Z', mood: null });
    const activity = cache.readQuery({ query: MY_CARE_PLANS })!.me.carePlans[0].activities[0];
    expect(activity.logs).toHaveLength(10);
    expect(activity.logs.map((l) => l.id).slice(0, 2)).toEqual(['new', 'l0']);
    expect(activity.logs.map((l) => l.id)).not.toContain('l9');
    // The same answer twice (a retry) is not counted twice.
    appendActivityLog(cache, 'a1', { id: 'new', doneAt: '2026-12-01T12:00:00.000Z', mood: null });
    expect(cache.readQuery({ query: MY_CARE_PLANS })!.me.carePlans[0].activities[0].logs.filter((l) => l.id === 'new')).toHaveLength(1);
  });
});
