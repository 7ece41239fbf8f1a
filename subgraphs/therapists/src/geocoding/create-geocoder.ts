import type { Logger } from '@caregraph/kernel';
import type { TherapistsConfig } from '../config';
import { FallbackGeocoder } from './fallback-geocoder';
import type { Geocoder } from './geocoder';
import { OfflineGeocoder } from './offline-geocoder';
import { PostcodesIoGeocoder } from './postcodes-io-geocoder';

/** The geocoder for this process: the configured provider backed by the offline table, or the offline table alone. */
export function createGeocoder(config: Pick<TherapistsConfig, 'geocoderUrl' | 'geocoderTimeoutMs'>, logger: Logger): Geocoder {
  const offline = new OfflineGeocoder();
  if (!config.geocoderUrl) return offline;
  return new FallbackGeocoder(new PostcodesIoGeocoder(config.geocoderUrl, config.geocoderTimeoutMs), offline, logger);
}
