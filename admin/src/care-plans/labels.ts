import type { ActivityType, CarePlanStatus, GoalCategory, GoalStatus } from '../gql/graphql';

// Words shown for care plans (British English).

export const CARE_PLAN_STATUS_LABELS: Record<CarePlanStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = { PROPOSED: 'Proposed', ACTIVE: 'Active', ON_HOLD: 'On hold', COMPLETED: 'Completed', CANCELLED: 'Cancelled' };

/** Enum values in words where no label is needed beyond the value itself: `RETURN_TO_WORK` → `Return to work`. */
export const sentence = (value: GoalCategory | ActivityType | string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
