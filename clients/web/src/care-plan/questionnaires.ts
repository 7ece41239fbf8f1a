// PHQ-9 and GAD-7 as a person fills them in between sessions: the standard items and answers (both
// questionnaires are free to use), the score the graph will also compute, and the one answer that
// must bring help to the screen at once (PHQ-9 item 9).
import type { QuestionnaireKind } from '../gql/graphql';

export const QUESTION_STEM = 'Over the last 2 weeks, how often have you been bothered by the following?';

/** 0 to 3, in this order. */
export const ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

export const QUESTIONNAIRES: Record<QuestionnaireKind, { title: string; about: string; items: readonly string[] }> = {
  PHQ9: {
    title: 'Mood check-in (PHQ-9)',
    about: 'Nine questions about your mood. It takes about two minutes.',
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead, or of hurting yourself in some way',
    ],
  },
  GAD7: {
    title: 'Anxiety check-in (GAD-7)',
    about: 'Seven questions about worry and anxiety. It takes about two minutes.',
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

export const SEVERITY_LABELS: Record<string, string> = {
  MINIMAL: 'minimal',
  MILD: 'mild',
  MODERATE: 'moderate',
  MODERATELY_SEVERE: 'moderately severe',
  SEVERE: 'severe',
};

/** The answers as the graph takes them, or the numbers (1-based) of the items still unanswered. */
export function collectAnswers(kind: QuestionnaireKind, answers: ReadonlyArray<number | undefined>): { answers: number[] } | { missing: number[] } {
  const count = QUESTIONNAIRES[kind].items.length;
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => answers[i] === undefined);
  return missing.length ? { missing: missing.map((i) => i + 1) } : { answers: answers.slice(0, count) as number[] };
}

/** True when the person said they had thoughts of being better off dead or of self-harm: show where to get help now. */
export function needsSupportNow(kind: QuestionnaireKind, answers: ReadonlyArray<number | undefined>): boolean {
  return kind === 'PHQ9' && (answers[8] ?? 0) > 0;
}

/** Lower is better for both: what a change between two totals means, in words. */
export function describeChange(previous: number | undefined, latest: number): string {
  if (previous === undefined) return 'This is your first score: the next one will show how things are changing.';
  if (latest < previous) return `Down ${previous - latest} from last time (lower is better).`;
  if (latest > previous) return `Up ${latest - previous} from last time. It is worth talking about with your therapist.`;
  return 'The same as last time.';
}
