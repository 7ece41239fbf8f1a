import type { OwnListingFragment } from '../gql/graphql';

/** A complete draft listing for the tests, with made-up details; override what a test is about. */
export function listingFixture(overrides: Partial<OwnListingFragment> = {}, privateOverrides: Partial<NonNullable<OwnListingFragment['privateDetails']>> = {}): OwnListingFragment {
  return {
    id: 'listing-1',
    displayName: 'Sam Example',
    headline: 'Small steps back to work',
    biography: 'I help people rebuild routines.',
    photoUrl: null,
    yearsOfExperience: 7,
    languages: ['ENGLISH'],
    gender: null,
    hcpcNumber: 'OT12345',
    conditions: ['ANXIETY'],
    approaches: ['ROUTINE_PLANNING'],
    sessionFormats: ['ONLINE'],
    fundingOptions: ['SELF_PAY'],
    fee: { amountPence: 7550, currency: 'GBP' },
    sessionMinutes: 60,
    travelRadiusKm: null,
    city: 'Leeds',
    outwardCode: 'LS6',
    status: 'DRAFT',
    listed: false,
    publishedAt: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    version: 3,
    hcpcVerification: { status: 'UNVERIFIED', verifiedAt: null, registerExpiresOn: null },
    ...overrides,
    privateDetails: {
      postcode: 'LS6 2AB',
      hidden: false,
      reviewRequestedAt: null,
      hcpcVerificationNotes: null,
      pendingChanges: null,
      moderationHistory: [],
      ...privateOverrides,
    },
  };
}
