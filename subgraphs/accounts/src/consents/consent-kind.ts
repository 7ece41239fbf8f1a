import { registerEnumType } from 'type-graphql';

/** The documents a person agrees to. */
export enum ConsentKind {
  TERMS_OF_USE = 'TERMS_OF_USE',
  PRIVACY_NOTICE = 'PRIVACY_NOTICE',
  HEALTH_DATA_PROCESSING = 'HEALTH_DATA_PROCESSING',
}

registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'A document a person agrees to. Each is versioned; `consentDocuments` lists the versions in force.',
  valuesConfig: {
    TERMS_OF_USE: { description: 'The terms of use of Caregraph.' },
    PRIVACY_NOTICE: { description: 'The privacy notice: what Caregraph does with personal data, and the person’s rights.' },
    HEALTH_DATA_PROCESSING: {
      description:
        'Explicit consent to process health data (UK GDPR article 9(2)(a)). Without it, no new bookings or care-plan entries can be made for the person.',
    },
  },
});
