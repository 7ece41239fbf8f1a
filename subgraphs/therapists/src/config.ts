import { ConfigError, envInt, envString } from '@caregraph/kernel';

/** Everything the therapists subgraph reads from its environment, beyond the runtime's settings. */
export interface TherapistsConfig {
  /**
   * Base URL of a postcodes.io-compatible API (e.g. https://api.postcodes.io). Unset: the
   * offline table of approximate postcode district and area centres is used.
   */
  geocoderUrl: string | undefined;
  /** Longest wait for one geocoder request before falling back to the offline table. */
  geocoderTimeoutMs: number;
}

/** Reads the therapists configuration: GEOCODER_URL and GEOCODER_TIMEOUT_MS. */
export function readTherapistsConfig(): TherapistsConfig {
  const geocoderUrl = envString('GEOCODER_URL');
  if (geocoderUrl && !/^https?:\/\/[^\s/]+/.test(geocoderUrl)) {
    throw new ConfigError(`GEOCODER_URL must be an http(s) URL, got "${geocoderUrl}"`);
  }
  return { geocoderUrl, geocoderTimeoutMs: envInt('GEOCODER_TIMEOUT_MS', 3000) };
}
