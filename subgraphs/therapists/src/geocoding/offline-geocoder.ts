import { areaOf, type Postcode } from '../location/postcode';
import type { Geocoder, GeocodeResult } from './geocoder';
import { POSTCODE_AREAS } from './postcode-areas';
import { POSTCODE_DISTRICTS } from './postcode-districts';

/**
 * The geocoder the project ships: no network, answers from tables of approximate district and
 * area centres. Never more precise than a district, so two listings in `LS6` share a point.
 * Used when no provider is configured, in tests, for the demo seed, and as the fallback when the
 * provider is down.
 */
export class OfflineGeocoder implements Geocoder {
  async locatePostcode(postcode: Postcode): Promise<GeocodeResult | null> {
    return this.lookup(postcode.outward);
  }

  async locateOutwardCode(outward: string): Promise<GeocodeResult | null> {
    return this.lookup(outward);
  }

  /** Synchronous lookup: the district if listed, else its area, else null. */
  lookup(outward: string): GeocodeResult | null {
    const district = POSTCODE_DISTRICTS[outward];
    if (district) return { latitude: district[0], longitude: district[1], precision: 'DISTRICT' };
    const area = POSTCODE_AREAS[areaOf(outward)];
    return area ? { latitude: area[0], longitude: area[1], precision: 'AREA' } : null;
  }
}
