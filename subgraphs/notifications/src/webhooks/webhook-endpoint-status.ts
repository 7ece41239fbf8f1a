import { registerEnumType } from 'type-graphql';

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives events.',
  valuesConfig: {
    ACTIVE: { description: 'Events are sent to it.' },
    DISABLED: { description: 'Nothing is sent to it; events that happen meanwhile are not kept for it.' },
  },
});
