import { registerEnumType } from 'type-graphql';

/** An occupational-therapy approach a therapist offers. */
export enum Approach {
  CREATIVE_EXPRESSION = 'CREATIVE_EXPRESSION',
  PHYSICAL_ACTIVITY = 'PHYSICAL_ACTIVITY',
  ROUTINE_PLANNING = 'ROUTINE_PLANNING',
  SOCIAL_PRACTICE = 'SOCIAL_PRACTICE',
  WORK_REHABILITATION = 'WORK_REHABILITATION',
  MINDFULNESS_RELAXATION = 'MINDFULNESS_RELAXATION',
  LIFE_SKILLS = 'LIFE_SKILLS',
  HOME_WORKPLACE_ASSESSMENT = 'HOME_WORKPLACE_ASSESSMENT',
}

registerEnumType(Approach, {
  name: 'Approach',
  description: 'An occupational-therapy approach: the kind of activity sessions are built around.',
  valuesConfig: {
    CREATIVE_EXPRESSION: { description: 'Creative expression: art, craft, writing, music.' },
    PHYSICAL_ACTIVITY: { description: 'Physical activity: walking, gardening, graded exercise.' },
    ROUTINE_PLANNING: { description: 'Routine planning: structuring days, sleep and activity.' },
    SOCIAL_PRACTICE: { description: 'Social practice: rebuilding confidence with people and groups.' },
    WORK_REHABILITATION: { description: 'Work rehabilitation: phased returns and workplace adjustments.' },
    MINDFULNESS_RELAXATION: { description: 'Mindfulness and relaxation techniques.' },
    LIFE_SKILLS: { description: 'Life skills: budgeting, meal planning, time management.' },
    HOME_WORKPLACE_ASSESSMENT: { description: 'Home and workplace assessments, with recommendations.' },
  },
});
