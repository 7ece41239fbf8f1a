import { createLogger } from '@caregraph/kernel';
import { readTherapistsConfig, type TherapistsConfig } from './config';
import { createGeocoder } from './geocoding/create-geocoder';
import type { Geocoder } from './geocoding/geocoder';

/** What the therapists resolvers share across requests. Built once per process from the environment. */
export interface TherapistsServices {
  config: TherapistsConfig;
  geocoder: Geocoder;
}

let current: TherapistsServices | undefined;

/** The process's services, created on first use (reads GEOCODER_URL then). */
export function therapistsServices(): TherapistsServices {
  if (!current) {
    const config = readTherapistsConfig();
    current = { config, geocoder: createGeocoder(config, createLogger('therapists')) };
  }
  return current;
}

/** Forgets the services: the next call reads the environment again (used by tests). */
export function resetTherapistsServices(): void {
  current = undefined;
}
