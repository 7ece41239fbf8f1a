import type { BookingsConfig } from './config';

/**
 * What the bookings resolvers share across requests. Built once per start by the composition root
 * (`composition.ts`) and handed to each resolver's constructor.
 */
export interface BookingsServices {
  config: BookingsConfig;
}
