import { registerEnumType } from 'type-graphql';

/** A mental-health condition a therapist supports recovery from; defined once for every subgraph that names it (therapists, care-plans, bookings' referrals). */
export enum Condition {
  DEPRESSION_LOW_MOTIVATION = 'DEPRESSION_LOW_MOTIVATION',
  ANXIETY = 'ANXIETY',
  PTSD_TRAUMA = 'PTSD_TRAUMA',
  BIPOLAR = 'BIPOLAR',
  PSYCHOSIS = 'PSYCHOSIS',
  EATING_DISORDERS = 'EATING_DISORDERS',
  WORK_STRESS_BURNOUT = 'WORK_STRESS_BURNOUT',
  ADHD_NEURODIVERSITY = 'ADHD_NEURODIVERSITY',
}

registerEnumType(Condition, {
  name: 'Condition',
  description: 'A mental-health condition an occupational therapist supports recovery from.',
  valuesConfig: {
    DEPRESSION_LOW_MOTIVATION: { description: 'Depression and low motivation' },
    ANXIETY: { description: 'Anxiety disorders' },
    PTSD_TRAUMA: { description: 'PTSD and trauma' },
    BIPOLAR: { description: 'Bipolar disorder' },
    PSYCHOSIS: { description: 'Schizophrenia and psychosis' },
    EATING_DISORDERS: { description: 'Eating disorders' },
    WORK_STRESS_BURNOUT: { description: 'Work-related stress and burnout' },
    ADHD_NEURODIVERSITY: { description: 'ADHD and neurodiversity' },
  },
});
