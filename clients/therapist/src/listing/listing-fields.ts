// The listing's fields as the therapist reads them: one name per input field of the graph
// (`CreateTherapistListingInput`), so a field the server names in an error, or lists as missing,
// is shown by the same words the form uses for it.

export const LISTING_FIELD_LABELS = {
  displayName: 'Name shown to clients',
  hcpcNumber: 'HCPC registration number',
  headline: 'Headline',
  biography: 'About you and how you work',
  photoUrl: 'Photo address',
  yearsOfExperience: 'Years of experience',
  languages: 'Languages',
  gender: 'Gender',
  conditions: 'Conditions you help with',
  approaches: 'Approaches',
  sessionFormats: 'How you see clients',
  fundingOptions: 'Ways to pay',
  feePence: 'Fee per session',
  sessionMinutes: 'Session length',
  travelRadiusKm: 'Travel radius for home visits',
  city: 'Town or city',
  postcode: 'Base postcode',
} as const;

export type ListingField = keyof typeof LISTING_FIELD_LABELS;

/** The form's words for an input field the graph named; the name itself for one it added since. */
export function listingFieldLabel(field: string): string {
  return (LISTING_FIELD_LABELS as Record<string, string>)[field] ?? field;
}

/** Fields whose change on a published listing waits for an admin's review (the graph's checked fields). */
export const CHECKED_FIELDS = ['displayName', 'hcpcNumber', 'conditions', 'sessionFormats'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];
