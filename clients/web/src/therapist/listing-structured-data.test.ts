import { listingStructuredData } from './listing-structured-data';

const LISTING = {
  id: 'l1',
  displayName: 'Ann Example',
  headline: 'Small steps back to work',
  city: 'Leeds',
  outwardCode: 'LS6',
  conditions: ['ANXIETY'],
  sessionFormats: ['ONLINE'],
  languages: ['ENGLISH', 'WELSH'],
  fee: { amountPence: 4550, currency: 'GBP' },
  hcpcVerification: { status: 'VERIFIED', registerExpiresOn: '2027-01-31' },
  nextAvailableSlot: null,
  biography: null,
  yearsOfExperience: 4,
  approaches: [],
  fundingOptions: [],
  sessionMinutes: 50,
  travelRadiusKm: null,
  hcpcNumber: 'OT900001',
  listed: true,
  cancellationPolicy: null,
} as never;

describe('schema.org data for a listing', () => {
  it('says what the profile shows: name, role, town and postcode district, languages, the HCPC number checked, the fee', () => {
    expect(listingStructuredData(LISTING, 'https://c.example/therapists/l1/ann-example-leeds')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Ann Example',
      jobTitle: 'Occupational therapist',
      url: 'https://c.example/therapists/l1/ann-example-leeds',
      description: 'Small steps back to work',
      workLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Leeds', postalCode: 'LS6', addressCountry: 'GB' } },
      knowsLanguage: ['English', 'Welsh (Cymraeg)'],
      hasCredential: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'HCPC registration', identifier: 'OT900001' },
      makesOffer: { '@type': 'Offer', name: 'A session of occupational therapy (50 minutes)', price: '45.50', priceCurrency: 'GBP' },
    });
  });

  it('claims no HCPC check Caregraph has not made, and leaves out what the listing does not say', () => {
    const data = listingStructuredData({ ...(LISTING as object), headline: null, city: null, outwardCode: null, languages: [], fee: null, hcpcVerification: { status: 'UNVERIFIED', registerExpiresOn: null } } as never, 'u');
    expect(Object.keys(data).sort()).toEqual(['@context', '@type', 'jobTitle', 'name', 'url']);
  });
});
