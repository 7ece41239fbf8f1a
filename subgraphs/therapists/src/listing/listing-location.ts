import { UserInputError } from '@caregraph/kernel';
import type { Geocoder } from '../geocoding/geocoder';
import { parsePostcode } from '../location/postcode';

/**
 * A therapist's base, ready to store: the normalised postcode (private), its outward code
 * (public) and the point used for distance search. The point is the centre of the outward
 * code's district, on purpose not the postcode's own: distances and radius filters are public,
 * and must not reveal more than the outward code does.
 */
export interface ListingLocation {
  postcode: string;
  outwardCode: string;
  latitude: number;
  longitude: number;
}

/**
 * Resolves the `postcode` input of a listing edit: undefined (unchanged) and null (cleared)
 * pass through; a postcode is normalised and geocoded, or refused naming `postcode`. Runs
 * before the transaction opens, so no transaction waits on the geocoder.
 */
export async function locateListing(geocoder: Geocoder, input: string | null | undefined): Promise<ListingLocation | null | undefined> {
  if (input === undefined || input === null) return input;
  const postcode = parsePostcode(input);
  if (!postcode) throw new UserInputError('postcode', 'postcode must be a full UK postcode, e.g. LS6 2AB.');
  const point = await geocoder.locateOutwardCode(postcode.outward);
  if (!point) throw new UserInputError('postcode', `postcode ${postcode.full} is not in a UK postcode district we can place on the map.`);
  return { postcode: postcode.full, outwardCode: postcode.outward, latitude: point.latitude, longitude: point.longitude };
}
