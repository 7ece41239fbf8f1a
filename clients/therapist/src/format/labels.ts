// Words for the graph's enum values: the graph's own descriptions (@caregraph/client-kit/labels), with
// the workspace's shorter words where a therapist reads them at a glance. The graph may add values at
// any time: `label` shows a neutral fallback for one it does not know.
export {
  ACTIVITY_TYPE_LABELS,
  CONDITION_LABELS,
  FUNDING_ROUTE_LABELS,
  REFERRAL_URGENCY_LABELS,
  GOAL_ACHIEVEMENT_LABELS,
  GOAL_CATEGORY_LABELS,
  QUESTIONNAIRE_KIND_LABELS,
  REFERRAL_SOURCE_LABELS,
  SEVERITY_BAND_LABELS,
} from '@caregraph/client-kit/labels';

export const FORMAT_LABELS: Record<string, string> = {
  HOME_VISIT: 'Home visit',
  ONLINE: 'Online (video)',
  CLINIC: 'At a clinic',
};

export const BOOKING_STATUS_LABELS: Record<string, string> = {
  REQUESTED: 'Waiting for you to confirm',
  CONFIRMED: 'Confirmed',
  COMPLETED: 'Took place',
  NO_SHOW: 'Client did not come',
  CANCELLED: 'Cancelled',
  DECLINED: 'Declined',
};

export const CARE_PLAN_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft (not yet shared with the client)',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const GOAL_STATUS_LABELS: Record<string, string> = {
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

/** The label for `value`, or the value in plain words when the graph has added one this app does not know yet. */
export function label(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}
