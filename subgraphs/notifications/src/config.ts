import { ConfigError, envInt } from '@caregraph/kernel';

/** Everything the notifications subgraph reads from its environment, beyond the runtime's settings. */
export interface NotificationsConfig {
  /**
   * How many times the delivery worker tries one delivery before it is DEAD; a retried delivery gets this
   * many again. Shared with the worker (the same DELIVERY_MAX_ATTEMPTS), so both agree.
   */
  deliveryMaxAttempts: number;
}

/** Reads DELIVERY_MAX_ATTEMPTS (default 8, 1 to 25). */
export function readNotificationsConfig(): NotificationsConfig {
  const deliveryMaxAttempts = envInt('DELIVERY_MAX_ATTEMPTS', 8);
  if (deliveryMaxAttempts < 1 || deliveryMaxAttempts > 25) {
    throw new ConfigError(`DELIVERY_MAX_ATTEMPTS must be between 1 and 25, got ${deliveryMaxAttempts}`);
  }
  return { deliveryMaxAttempts };
}
