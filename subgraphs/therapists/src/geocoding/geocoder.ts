import type { Postcode } from '../location/postcode';

/** A point on the earth (WGS84 degrees). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** How exactly a point was located: the postcode itself, its district (`LS6`) or its area (`LS`). */
export type GeocodePrecision = 'POSTCODE' | 'DISTRICT' | 'AREA';

/** A located postcode or outward code. */
export interface GeocodeResult extends GeoPoint {
  precision: GeocodePrecision;
}

/**
 * Turns UK postcodes into coordinates. Implementations: the offline table the project ships
 * (no network, approximate) and a client for a postcodes.io-compatible API.
 */
export interface Geocoder {
  /** The point of a full postcode, or of its district or area when the postcode itself is unknown; null when none is known. */
  locatePostcode(postcode: Postcode): Promise<GeocodeResult | null>;
  /** The point of an outward code's district (or its area), or null when unknown. */
  locateOutwardCode(outward: string): Promise<GeocodeResult | null>;
}

/** The geocoding provider could not answer (network error, timeout, server error): not the same as "unknown postcode". */
export class GeocoderUnavailableError extends Error {}
