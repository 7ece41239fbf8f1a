import { GraphQLError } from 'graphql';
import { ErrorCode } from '@caregraph/kernel';
import { SessionFormat } from '@caregraph/vocabulary';
import type { Therapist } from '../therapists/therapist.entity';

/**
 * What a listing needs before it can be sent for review, as input field names. Photo and
 * gender are optional; the travel radius is needed only for home visits.
 */
export function missingFields(listing: Therapist): string[] {
  const missing: string[] = [];
  const need = (field: string, present: boolean) => {
    if (!present) missing.push(field);
  };
  need('headline', !!listing.headline);
  need('biography', !!listing.biography);
  need('yearsOfExperience', listing.yearsOfExperience !== null);
  need('languages', listing.languages.length > 0);
  need('conditions', listing.conditions.length > 0);
  need('approaches', listing.approaches.length > 0);
  need('sessionFormats', listing.sessionFormats.length > 0);
  need('fundingOptions', listing.fundingOptions.length > 0);
  need('feePence', listing.feePence !== null);
  need('sessionMinutes', listing.sessionMinutes !== null);
  need('city', !!listing.city);
  need('postcode', listing.postcode !== null && listing.latitude !== null);
  if (listing.sessionFormats.includes(SessionFormat.HOME_VISIT)) need('travelRadiusKm', listing.travelRadiusKm !== null);
  return missing;
}

/** Submitting an incomplete listing: BAD_USER_INPUT naming every missing field (`field` is the first). */
export class IncompleteListingError extends GraphQLError {
  constructor(missing: string[], why = 'The listing cannot be sent for review yet') {
    super(`${why}: fill in ${missing.join(', ')}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: missing[0], missingFields: missing },
    });
  }
}
