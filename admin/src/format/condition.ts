import type { Condition } from '../gql/graphql';

/** The conditions a therapist works with and a care plan focuses on, in words. */
export const CONDITION_LABELS: Record<Condition, string> = {
  DEPRESSION_LOW_MOTIVATION: 'Depression and low motivation',
  ANXIETY: 'Anxiety disorders',
  PTSD_TRAUMA: 'PTSD and trauma',
  BIPOLAR: 'Bipolar disorder',
  PSYCHOSIS: 'Schizophrenia and psychosis',
  EATING_DISORDERS: 'Eating disorders',
  WORK_STRESS_BURNOUT: 'Work-related stress and burnout',
  ADHD_NEURODIVERSITY: 'ADHD and neurodiversity',
};
