import type { TherapistsConfig } from './config';
import type { Geocoder } from './geocoding/geocoder';

/**
 * What the therapists resolvers share across requests. Built once per start by the composition root
 * (`composition.ts`) and handed to each resolver's constructor.
 */
export interface TherapistsServices {
  config: TherapistsConfig;
  geocoder: Geocoder;
}
