import type { SubgraphComposition } from '@caregraph/runtime';
import { readNotificationsConfig } from './config';
import type { NotificationsServices } from './services';

/**
 * Run by the runtime each time the subgraph starts serving: reads the configuration once (a bad
 * DELIVERY_MAX_ATTEMPTS stops the start) and hands it to the resolvers' constructors.
 */
export function composeNotifications(): SubgraphComposition {
  const services: NotificationsServices = { config: readNotificationsConfig() };
  return { services };
}
