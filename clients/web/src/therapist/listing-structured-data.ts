import { LANGUAGE_LABELS } from '@caregraph/client-kit/labels';
import type { TherapistProfileQuery } from '../gql/graphql';

type Listing = NonNullable<TherapistProfileQuery['therapist']>;

/**
 * schema.org data for a listing's page (JSON-LD), for search engines: only what the page itself shows the
 * public, and of the address only the town and the postcode district (never a full postcode).
 */
export function listingStructuredData(listing: Listing, url: string): Record<string, unknown> {
  const verified = listing.hcpcVerification.status === 'VERIFIED';
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: listing.displayName,
    jobTitle: 'Occupational therapist',
    url,
    ...(listing.headline ? { description: listing.headline } : {}),
    ...(listing.city || listing.outwardCode
      ? { workLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...(listing.city ? { addressLocality: listing.city } : {}), ...(listing.outwardCode ? { postalCode: listing.outwardCode } : {}), addressCountry: 'GB' } } }
      : {}),
    ...(listing.languages.length ? { knowsLanguage: listing.languages.map((code) => LANGUAGE_LABELS[code]) } : {}),
    ...(verified ? { hasCredential: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'HCPC registration', identifier: listing.hcpcNumber } } : {}),
    ...(listing.fee
      ? { makesOffer: { '@type': 'Offer', name: `A session of occupational therapy${listing.sessionMinutes ? ` (${listing.sessionMinutes} minutes)` : ''}`, price: (listing.fee.amountPence / 100).toFixed(2), priceCurrency: listing.fee.currency } }
      : {}),
  };
}
