import { registerEnumType } from 'type-graphql';

/** What area of daily life a goal is about. */
export enum GoalCategory {
  SLEEP_ROUTINE = 'SLEEP_ROUTINE',
  MORNING_ROUTINE = 'MORNING_ROUTINE',
  SOCIAL_CONFIDENCE = 'SOCIAL_CONFIDENCE',
  RETURN_TO_WORK = 'RETURN_TO_WORK',
  MANAGING_SENSORY_TRIGGERS = 'MANAGING_SENSORY_TRIGGERS',
  BUDGETING_AND_MEAL_PLANNING = 'BUDGETING_AND_MEAL_PLANNING',
  TIME_MANAGEMENT = 'TIME_MANAGEMENT',
  CREATIVE_OR_PHYSICAL_ACTIVITY = 'CREATIVE_OR_PHYSICAL_ACTIVITY',
  OTHER = 'OTHER',
}

/** Where a goal is in its life. */
export enum GoalStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** How the client is getting on with a goal, as last reviewed. */
export enum GoalAchievement {
  IN_PROGRESS = 'IN_PROGRESS',
  IMPROVING = 'IMPROVING',
  WORSENING = 'WORSENING',
  NO_CHANGE = 'NO_CHANGE',
  ACHIEVED = 'ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

registerEnumType(GoalCategory, {
  name: 'GoalCategory',
  description: 'What area of daily life a goal is about.',
  valuesConfig: {
    SLEEP_ROUTINE: { description: 'Going to bed and getting up at regular times, winding down.' },
    MORNING_ROUTINE: { description: 'Getting up, washed, dressed and out of the door.' },
    SOCIAL_CONFIDENCE: { description: 'Meeting people, groups, conversations, going out.' },
    RETURN_TO_WORK: { description: 'Phased return to work, study or volunteering.' },
    MANAGING_SENSORY_TRIGGERS: { description: 'Coping with noise, crowds, light or other sensory overload.' },
    BUDGETING_AND_MEAL_PLANNING: { description: 'Money, shopping and cooking.' },
    TIME_MANAGEMENT: { description: 'Planning the day or week, keeping appointments.' },
    CREATIVE_OR_PHYSICAL_ACTIVITY: { description: 'Making things, exercise, being outdoors.' },
    OTHER: { description: 'Anything else the client wants to work on.' },
  },
});

registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Where a goal is in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Suggested, not yet agreed with the client.' },
    ACTIVE: { description: 'Agreed and being worked on.' },
    ON_HOLD: { description: 'Paused for now.' },
    COMPLETED: { description: 'Closed after being worked through.' },
    CANCELLED: { description: 'Dropped: no longer relevant.' },
  },
});

registerEnumType(GoalAchievement, {
  name: 'GoalAchievement',
  description: 'How the client is getting on with a goal, as last reviewed.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Being worked on; too early to say.' },
    IMPROVING: { description: 'Getting closer to the goal.' },
    WORSENING: { description: 'Moving away from the goal.' },
    NO_CHANGE: { description: 'No change since the last review.' },
    ACHIEVED: { description: 'The goal was reached.' },
    NOT_ACHIEVED: { description: 'The goal was not reached by its end.' },
  },
});

/** An ordinal for achievement, so a chart can plot it: worse is lower. */
export const ACHIEVEMENT_SCORE: Record<GoalAchievement, number> = {
  NOT_ACHIEVED: 0,
  WORSENING: 1,
  NO_CHANGE: 2,
  IN_PROGRESS: 2,
  IMPROVING: 3,
  ACHIEVED: 4,
};
