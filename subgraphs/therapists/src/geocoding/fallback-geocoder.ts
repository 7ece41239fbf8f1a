import type { Logger } from '@caregraph/kernel';
import type { Postcode } from '../location/postcode';
import { GeocoderUnavailableError, type Geocoder, type GeocodeResult } from './geocoder';

/**
 * Asks `primary` (the provider) and, only when it is unavailable, `fallback` (the offline
 * table): a provider outage makes locations approximate instead of refusing every edit and
 * every search near a postcode. "Not found" from the provider is an answer, not an outage.
 */
export class FallbackGeocoder implements Geocoder {
  constructor(
    private readonly primary: Geocoder,
    private readonly fallback: Geocoder,
    private readonly logger: Logger,
  ) {}

  locatePostcode(postcode: Postcode): Promise<GeocodeResult | null> {
    return this.attempt((g) => g.locatePostcode(postcode));
  }

  locateOutwardCode(outward: string): Promise<GeocodeResult | null> {
    return this.attempt((g) => g.locateOutwardCode(outward));
  }

  private async attempt(lookup: (geocoder: Geocoder) => Promise<GeocodeResult | null>): Promise<GeocodeResult | null> {
    try {
      return await lookup(this.primary);
    } catch (error) {
      if (!(error instanceof GeocoderUnavailableError)) throw error;
      this.logger.warn({ err: error.message }, 'geocoder unavailable: using the offline postcode table');
      return lookup(this.fallback);
    }
  }
}
