import type { Therapist } from '../therapists/therapist.entity';
import type { ListingFieldsInput } from './listing-fields.input';
import type { ListingLocation } from './listing-location';

/** Trims text; blank becomes null. */
const text = (value: string | null | undefined) => (value == null ? null : value.trim() || null);

/**
 * Copies the unchecked fields given in `input` onto the listing (left out: unchanged; null:
 * cleared) and the resolved location. These apply at once, even on a published listing.
 */
export function applyListingFields(listing: Therapist, input: ListingFieldsInput, location: ListingLocation | null | undefined): void {
  if (input.headline !== undefined) listing.headline = text(input.headline);
  if (input.biography !== undefined) listing.biography = text(input.biography);
  if (input.photoUrl !== undefined) listing.photoUrl = text(input.photoUrl);
  if (input.yearsOfExperience !== undefined) listing.yearsOfExperience = input.yearsOfExperience;
  if (input.languages !== undefined) listing.languages = input.languages ?? [];
  if (input.gender !== undefined) listing.gender = input.gender;
  if (input.approaches !== undefined) listing.approaches = input.approaches ?? [];
  if (input.fundingOptions !== undefined) listing.fundingOptions = input.fundingOptions ?? [];
  if (input.feePence !== undefined) listing.feePence = input.feePence;
  if (input.sessionMinutes !== undefined) listing.sessionMinutes = input.sessionMinutes;
  if (input.travelRadiusKm !== undefined) listing.travelRadiusKm = input.travelRadiusKm;
  if (input.city !== undefined) listing.city = text(input.city);
  if (location !== undefined) {
    listing.postcode = location?.postcode ?? null;
    listing.outwardCode = location?.outwardCode ?? null;
    listing.latitude = location?.latitude ?? null;
    listing.longitude = location?.longitude ?? null;
  }
}
