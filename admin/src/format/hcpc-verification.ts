import type { HcpcVerificationStatus } from '../gql/graphql';

/** Where the admins' check of a therapist's HCPC registration stands, in words. */
export const HCPC_VERIFICATION_LABELS: Record<HcpcVerificationStatus, string> = {
  UNVERIFIED: 'Not yet verified',
  VERIFIED: 'Verified',
  LAPSED: 'Lapsed',
};
