import type { Condition, HcpcVerificationStatus, ListingAction, ListingStatus, SessionFormat } from '../gql/graphql';

// Words shown for the graph's enum values (British English), and choices for the filters.

export const STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: 'Draft',
  PENDING_REVIEW: 'Pending review',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
};

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

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  HOME_VISIT: 'Home visit',
  ONLINE: 'Online',
  CLINIC: 'Clinic',
};

export const VERIFICATION_LABELS: Record<HcpcVerificationStatus, string> = {
  UNVERIFIED: 'Not yet verified',
  VERIFIED: 'Verified',
  LAPSED: 'Lapsed',
};

export const ACTION_LABELS: Record<ListingAction, string> = {
  CREATED: 'Created',
  SUBMITTED: 'Sent for review',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
  REINSTATED: 'Reinstated',
  HIDDEN: 'Hidden by the therapist',
  UNHIDDEN: 'Shown again by the therapist',
  CHANGES_PROPOSED: 'Changes proposed',
  CHANGES_APPROVED: 'Changes approved',
  CHANGES_DECLINED: 'Changes declined',
  HCPC_VERIFIED: 'HCPC registration verified',
  HCPC_LAPSED: 'HCPC registration lapsed',
};

/** react-admin `choices` from a label map. */
export function choicesOf(labels: Record<string, string>): { id: string; name: string }[] {
  return Object.entries(labels).map(([id, name]) => ({ id, name }));
}

/** Labels of a list of enum values, joined. */
export function labelList<T extends string>(values: readonly T[] | null | undefined, labels: Record<T, string>): string {
  return (values ?? []).map((v) => labels[v] ?? v).join(', ');
}

/** The HCPC register's search page (the register has no deep link per registrant). */
export const HCPC_REGISTER_URL = 'https://www.hcpc-uk.org/check-the-register/';
