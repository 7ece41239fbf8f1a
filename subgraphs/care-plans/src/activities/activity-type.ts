import { registerEnumType } from 'type-graphql';

/** The kind of activity a client does between sessions. */
export enum ActivityType {
  CREATIVE_EXPRESSION = 'CREATIVE_EXPRESSION',
  PHYSICAL_ACTIVITY = 'PHYSICAL_ACTIVITY',
  ROUTINE_PLANNING = 'ROUTINE_PLANNING',
  SOCIAL_PRACTICE = 'SOCIAL_PRACTICE',
  WORK_REHABILITATION = 'WORK_REHABILITATION',
  MINDFULNESS = 'MINDFULNESS',
  LIFE_SKILLS = 'LIFE_SKILLS',
}

registerEnumType(ActivityType, {
  name: 'ActivityType',
  description: 'The kind of activity a client does between sessions.',
  valuesConfig: {
    CREATIVE_EXPRESSION: { description: 'Drawing, writing, music, crafts.' },
    PHYSICAL_ACTIVITY: { description: 'Walking, swimming, gardening, exercise.' },
    ROUTINE_PLANNING: { description: 'Planning and keeping a daily or weekly routine.' },
    SOCIAL_PRACTICE: { description: 'Small steps of contact with other people.' },
    WORK_REHABILITATION: { description: 'Tasks that rebuild work or study stamina.' },
    MINDFULNESS: { description: 'Breathing, grounding and relaxation practice.' },
    LIFE_SKILLS: { description: 'Cooking, budgeting, shopping, housework.' },
  },
});
