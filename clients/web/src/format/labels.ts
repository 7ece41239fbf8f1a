// Words people read for the graph's enum values, where the app speaks to clients in its own words
// (conditions and languages are the graph's own descriptions: @caregraph/client-kit/labels). The graph
// may add values at any time (integrator guide, "How the schema changes"): `label` shows a neutral
// fallback for one it does not know.

export const FORMAT_LABELS: Record<string, string> = {
  HOME_VISIT: 'Home visit',
  ONLINE: 'Online (video)',
  CLINIC: 'At a clinic',
};

export const BOOKING_STATUS_LABELS: Record<string, string> = {
  REQUESTED: 'Waiting for the therapist to confirm',
  CONFIRMED: 'Confirmed',
  COMPLETED: 'Took place',
  NO_SHOW: 'Missed',
  CANCELLED: 'Cancelled',
  DECLINED: 'Declined by the therapist',
};

export const REFERRAL_LABELS: Record<string, string> = {
  SELF: 'I am referring myself',
  GP: 'My GP referred me',
  NHS_CMHT: 'An NHS community mental-health team referred me',
  EMPLOYER: 'My employer referred me (for example an assistance programme)',
  LOCAL_COUNCIL: 'My local council referred me',
};

export const FUNDING_LABELS: Record<string, string> = {
  SELF_PAY: 'Self-pay',
  NHS_REFERRAL: 'NHS referral',
  INSURANCE: 'Private health insurance',
  EMPLOYER_SCHEME: 'Employer scheme',
};

/** The label for `value`, or the value in plain words when the graph has added one this app does not know yet. */
export function label(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

export const CARE_PLAN_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Being written with your therapist',
  ACTIVE: 'In progress',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Stopped',
};

export const GOAL_STATUS_LABELS: Record<string, string> = {
  PROPOSED: 'Suggested',
  ACTIVE: 'Working on it',
  ON_HOLD: 'On hold',
  COMPLETED: 'Done',
  CANCELLED: 'Dropped',
};

export const GOAL_ACHIEVEMENT_LABELS: Record<string, string> = {
  IN_PROGRESS: 'Too early to say',
  IMPROVING: 'Getting closer',
  WORSENING: 'Harder lately',
  NO_CHANGE: 'No change yet',
  ACHIEVED: 'Achieved',
  NOT_ACHIEVED: 'Not reached',
};

export const GOAL_CATEGORY_LABELS: Record<string, string> = {
  SLEEP_ROUTINE: 'Sleep routine',
  MORNING_ROUTINE: 'Morning routine',
  SOCIAL_CONFIDENCE: 'Social confidence',
  RETURN_TO_WORK: 'Return to work',
  MANAGING_SENSORY_TRIGGERS: 'Managing sensory triggers',
  BUDGETING_AND_MEAL_PLANNING: 'Budgeting and meals',
  TIME_MANAGEMENT: 'Time management',
  CREATIVE_OR_PHYSICAL_ACTIVITY: 'Creative or physical activity',
  OTHER: 'Other',
};

export const ACTIVITY_TYPE_LABELS: Record<string, string> = {
  CREATIVE_EXPRESSION: 'Creative activity',
  PHYSICAL_ACTIVITY: 'Physical activity',
  ROUTINE_PLANNING: 'Routine',
  SOCIAL_PRACTICE: 'Social practice',
  WORK_REHABILITATION: 'Work practice',
  MINDFULNESS: 'Mindfulness',
  LIFE_SKILLS: 'Life skills',
};

export const MEASURE_LABELS: Record<string, string> = {
  PHQ9: 'Mood (PHQ-9, 0–27, lower is better)',
  GAD7: 'Anxiety (GAD-7, 0–21, lower is better)',
  COPM_PERFORMANCE: 'Doing the things that matter (COPM performance, 1–10, higher is better)',
  COPM_SATISFACTION: 'Satisfaction with them (COPM satisfaction, 1–10, higher is better)',
};
