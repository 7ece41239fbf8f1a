// Words for organisations (the graph's own descriptions where they read well, shorter words where an admin scans a list).
export { ORGANISATION_AUDIT_ACTION_LABELS, ORGANISATION_ROLE_LABELS } from '@caregraph/client-kit/labels';

export const ORGANISATION_KIND_LABELS: Record<string, string> = {
  GP_PRACTICE: 'GP practice',
  NHS_TRUST: 'NHS trust',
  NHS_TEAM: 'NHS team',
  EMPLOYER_PROGRAMME: "Employer's programme",
  LOCAL_COUNCIL: 'Local council',
  OTHER: 'Other',
};

/** The scopes by the OAuth names integrators use. */
export const API_SCOPE_LABELS: Record<string, string> = {
  ORGANISATION_READ: 'organisation:read — read its own organisation',
  REFERRALS_WRITE: 'referrals:write — refer people',
  REFERRALS_READ: 'referrals:read — follow its referrals',
  EVENTS_MANAGE: 'events:manage — subscribe to events',
};

export const VERIFIED_CHOICES = [
  { id: 'false', name: 'Waiting to be verified' },
  { id: 'true', name: 'Verified' },
];
