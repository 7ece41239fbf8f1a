import type { NotificationsConfig } from './config';

/**
 * What the notifications resolvers share across requests. Built once per start by the composition root
 * (`composition.ts`) and handed to each resolver's constructor.
 */
export interface NotificationsServices {
  config: NotificationsConfig;
}
