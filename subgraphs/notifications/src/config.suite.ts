import { ConfigError } from '@caregraph/kernel';
import { readNotificationsConfig } from './config';

describe('notifications configuration', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    delete process.env.DELIVERY_MAX_ATTEMPTS;
    delete process.env.WEBHOOK_SECRET_KEYS;
    delete process.env.WEBHOOKS_ALLOW_LOCAL_ENDPOINTS;
    process.env.NODE_ENV = nodeEnv;
  });

  it('needs WEBHOOK_SECRET_KEYS in production, refuses a key that is not 32 bytes, and allows no local endpoints there unless told', () => {
    process.env.NODE_ENV = 'production';
    expect(() => readNotificationsConfig()).toThrow(/WEBHOOK_SECRET_KEYS/);
    process.env.WEBHOOK_SECRET_KEYS = Buffer.alloc(16, 1).toString('base64');
    expect(() => readNotificationsConfig()).toThrow(/WEBHOOK_SECRET_KEYS: key 1 is not 32 bytes/);
    process.env.WEBHOOK_SECRET_KEYS = Buffer.alloc(32, 1).toString('base64');
    expect(readNotificationsConfig().webhooksAllowLocalEndpoints).toBe(false);
    process.env.WEBHOOKS_ALLOW_LOCAL_ENDPOINTS = 'true';
    expect(readNotificationsConfig().webhooksAllowLocalEndpoints).toBe(true);
  });

  it('gives a delivery 8 attempts unless DELIVERY_MAX_ATTEMPTS says otherwise', () => {
    expect(readNotificationsConfig()).toMatchObject({ deliveryMaxAttempts: 8, webhooksAllowLocalEndpoints: true });
    process.env.DELIVERY_MAX_ATTEMPTS = '12';
    expect(readNotificationsConfig()).toMatchObject({ deliveryMaxAttempts: 12 });
  });

  it.each(['0', '26', 'eight', '-1'])('refuses DELIVERY_MAX_ATTEMPTS=%s, naming the variable', (value) => {
    process.env.DELIVERY_MAX_ATTEMPTS = value;
    expect(() => readNotificationsConfig()).toThrow(ConfigError);
    expect(() => readNotificationsConfig()).toThrow(/DELIVERY_MAX_ATTEMPTS/);
  });
});
