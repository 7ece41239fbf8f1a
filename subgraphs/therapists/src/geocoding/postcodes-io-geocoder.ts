import type { Postcode } from '../location/postcode';
import { GeocoderUnavailableError, type Geocoder, type GeocodePrecision, type GeocodeResult } from './geocoder';

/** The part of a postcodes.io answer this client reads: `{ status, result: { latitude, longitude } }`. */
interface LookupBody {
  status?: number;
  result?: { latitude?: number | null; longitude?: number | null } | null;
}

/**
 * Client for a postcodes.io-compatible API (https://postcodes.io, or a self-hosted copy of it):
 * `GET /postcodes/{postcode}` and `GET /outcodes/{outcode}`. A postcode the API does not know
 * (new or terminated) falls back to its outward code. Network failures, timeouts and server
 * errors raise GeocoderUnavailableError; "not found" is null.
 */
export class PostcodesIoGeocoder implements Geocoder {
  private readonly baseUrl: string;

  constructor(baseUrl: string, private readonly timeoutMs = 3000) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async locatePostcode(postcode: Postcode): Promise<GeocodeResult | null> {
    const exact = await this.get(`/postcodes/${encodeURIComponent(postcode.full)}`, 'POSTCODE');
    return exact ?? this.locateOutwardCode(postcode.outward);
  }

  locateOutwardCode(outward: string): Promise<GeocodeResult | null> {
    return this.get(`/outcodes/${encodeURIComponent(outward)}`, 'DISTRICT');
  }

  private async get(path: string, precision: GeocodePrecision): Promise<GeocodeResult | null> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new GeocoderUnavailableError(`geocoder request failed: ${(error as Error).message}`);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new GeocoderUnavailableError(`geocoder answered HTTP ${response.status}`);
    }
    let body: LookupBody;
    try {
      body = (await response.json()) as LookupBody;
    } catch {
      throw new GeocoderUnavailableError('geocoder answered with something that is not JSON');
    }
    const { latitude, longitude } = body.result ?? {};
    // Some postcodes (e.g. PO boxes) exist without coordinates: treat them as not located.
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
    return { latitude, longitude, precision };
  }
}
