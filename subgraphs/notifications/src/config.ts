import { ConfigError, envBool, envInt, isProduction, readKeyMaterial, WEBHOOK_SECRET_KEYS_VARIABLE, webhookSecretCipher, type SecretCipher } from '@caregraph/kernel';

/** Everything the notifications subgraph reads from its environment, beyond the runtime's settings. */
export interface NotificationsConfig {
  /**
   * How many times the delivery worker tries one delivery before it is DEAD; a retried delivery gets this
   * many again. Shared with the worker (the same DELIVERY_MAX_ATTEMPTS), so both agree.
   */
  deliveryMaxAttempts: number;
  /** Encrypts webhook signing secrets at rest (WEBHOOK_SECRET_KEYS; a development key outside production). */
  webhookSecrets: SecretCipher;
  /**
   * Whether endpoints may be plain HTTP or local and private addresses (WEBHOOKS_ALLOW_LOCAL_ENDPOINTS):
   * for development and tests only; off in production unless set.
   */
  webhooksAllowLocalEndpoints: boolean;
}

/** Reads DELIVERY_MAX_ATTEMPTS (default 8, 1 to 25), WEBHOOK_SECRET_KEYS and WEBHOOKS_ALLOW_LOCAL_ENDPOINTS. */
export function readNotificationsConfig(): NotificationsConfig {
  const deliveryMaxAttempts = envInt('DELIVERY_MAX_ATTEMPTS', 8);
  if (deliveryMaxAttempts < 1 || deliveryMaxAttempts > 25) {
    throw new ConfigError(`DELIVERY_MAX_ATTEMPTS must be between 1 and 25, got ${deliveryMaxAttempts}`);
  }
  return {
    deliveryMaxAttempts,
    webhookSecrets: webhookSecretCipher(readKeyMaterial(WEBHOOK_SECRET_KEYS_VARIABLE)),
    webhooksAllowLocalEndpoints: envBool('WEBHOOKS_ALLOW_LOCAL_ENDPOINTS', !isProduction()),
  };
}
