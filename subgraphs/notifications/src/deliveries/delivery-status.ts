import { registerEnumType } from 'type-graphql';

/** Where one delivery of a message to one person on one channel stands. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
  SKIPPED = 'SKIPPED',
}

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where one delivery of a notification stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the delivery worker.' },
    SENT: { description: 'Delivered: the e-mail was accepted by the mail server, or the in-app notification was stored.' },
    FAILED: { description: 'The last attempt failed; the worker will try again later.' },
    DEAD: { description: 'Every attempt failed; it stays undelivered until an admin retries it.' },
    SKIPPED: { description: 'Not sent on purpose (the person turned this kind of notification off, or has no usable address).' },
  },
});
