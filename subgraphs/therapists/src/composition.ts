import { createLogger } from '@caregraph/kernel';
import type { SubgraphComposition } from '@caregraph/runtime';
import { readTherapistsConfig } from './config';
import { createGeocoder } from './geocoding/create-geocoder';
import type { TherapistsServices } from './services';

/** Builds the therapists services from the environment (reads GEOCODER_URL). */
export function createTherapistsServices(): TherapistsServices {
  const config = readTherapistsConfig();
  return { config, geocoder: createGeocoder(config, createLogger('therapists')) };
}

/** Run by the runtime each time the subgraph starts serving: resolvers get the services through their constructors. */
export function composeTherapists(): SubgraphComposition {
  return { services: createTherapistsServices() };
}
