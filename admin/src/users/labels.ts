import type { ConsentKind, Role } from '../gql/graphql';

// Words shown for accounts (British English).

export const ROLE_LABELS: Record<Role, string> = { CLIENT: 'Client', THERAPIST: 'Therapist', ADMIN: 'Admin' };

export const CONSENT_LABELS: Record<ConsentKind, string> = {
  TERMS_OF_USE: 'Terms of use',
  PRIVACY_NOTICE: 'Privacy notice',
  HEALTH_DATA_PROCESSING: 'Processing of health data',
};

export const LOCKED_CHOICES = [
  { id: 'true', name: 'Locked' },
  { id: 'false', name: 'Open' },
];

/** Yes / No / Not known, for the graph's nullable booleans. */
export const yesNo = (value: boolean | null | undefined) => (value == null ? 'Not known' : value ? 'Yes' : 'No');
