import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { OwnListingFragment } from '../gql/graphql';
import { LISTING_FIELD_LABELS, type ListingField } from './listing-fields';

/**
 * What a listing still needs before it can be sent for review, in form order: the same rules the
 * therapists subgraph applies on `submitTherapistListing` (photo and gender optional; a travel radius
 * only for home visits), so the therapist sees the list before trying. The server stays the judge:
 * when it refuses, its own list (`missingFieldsOf`) is shown instead.
 */
export function missingFields(listing: OwnListingFragment): ListingField[] {
  const missing: ListingField[] = [];
  const need = (field: ListingField, present: boolean) => {
    if (!present) missing.push(field);
  };
  need('headline', Boolean(listing.headline?.trim()));
  need('biography', Boolean(listing.biography?.trim()));
  need('yearsOfExperience', listing.yearsOfExperience != null);
  need('languages', listing.languages.length > 0);
  need('conditions', listing.conditions.length > 0);
  need('approaches', listing.approaches.length > 0);
  need('sessionFormats', listing.sessionFormats.length > 0);
  need('fundingOptions', listing.fundingOptions.length > 0);
  need('feePence', listing.fee != null);
  need('sessionMinutes', listing.sessionMinutes != null);
  need('city', Boolean(listing.city?.trim()));
  need('postcode', Boolean(listing.privateDetails?.postcode));
  if (listing.sessionFormats.includes('HOME_VISIT')) need('travelRadiusKm', listing.travelRadiusKm != null);
  return missing;
}

/** The fields a refused submission listed (`extensions.missingFields`), or undefined for any other error. */
export function missingFieldsOf(error: unknown): string[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const e of error.errors) {
    const listed = e.extensions?.missingFields;
    if (Array.isArray(listed) && listed.every((f) => typeof f === 'string')) return listed as string[];
  }
  return undefined;
}

/** Labels of missing fields, each with the id of its form field to link to. */
export function missingFieldLinks(fields: readonly string[]): Array<{ field: string; label: string }> {
  return fields.map((field) => ({ field, label: (LISTING_FIELD_LABELS as Record<string, string>)[field] ?? field }));
}
