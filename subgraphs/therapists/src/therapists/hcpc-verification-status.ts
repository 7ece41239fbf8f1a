import { registerEnumType } from 'type-graphql';

/** Where an admin's check of a therapist's HCPC registration stands. */
export enum HcpcVerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  LAPSED = 'LAPSED',
}

registerEnumType(HcpcVerificationStatus, {
  name: 'HcpcVerificationStatus',
  description: "Where the check of a therapist's HCPC registration stands.",
  valuesConfig: {
    UNVERIFIED: { description: 'Not yet checked against the HCPC register (or the number changed since).' },
    VERIFIED: { description: 'An admin found the number on the HCPC register; valid until the register expiry date.' },
    LAPSED: { description: 'The registration is no longer valid: its expiry date passed, or an admin found it lapsed.' },
  },
});
