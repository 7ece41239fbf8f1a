import { registerEnumType } from 'type-graphql';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
  SKIPPED = 'SKIPPED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event’s delivery to one endpoint stands.',
  valuesConfig: {
    PENDING: { description: 'Queued; not tried yet.' },
    SENT: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'The last attempt failed; it will be tried again later.' },
    DEAD: { description: 'Every attempt failed; replay it once the endpoint works.' },
    SKIPPED: { description: 'Not sent: the endpoint was disabled, or the organisation may no longer see these events.' },
  },
});
