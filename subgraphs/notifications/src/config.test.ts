import { ConfigError } from '@caregraph/kernel';
import { readNotificationsConfig } from './config';

describe('notifications configuration', () => {
  afterEach(() => {
    delete process.env.DELIVERY_MAX_ATTEMPTS;
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
