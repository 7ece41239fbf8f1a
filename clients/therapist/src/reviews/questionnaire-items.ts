// The standard PHQ-9 and GAD-7 items and answers (both free to use), as the therapist reads them out
// with the client at a review. The scoring and the bands are the graph's (see bands.ts).
import type { Questionnaire } from './bands';

/** 0 to 3, in this order. */
export const ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

export const ITEMS: Record<Questionnaire, { title: string; items: readonly string[] }> = {
  PHQ9: {
    title: 'PHQ-9 (depression)',
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things',
      'Moving or speaking slowly, or being fidgety or restless',
      'Thoughts that you would be better off dead, or of hurting yourself',
    ],
  },
  GAD7: {
    title: 'GAD-7 (anxiety)',
    items: [
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
    ],
  },
};
