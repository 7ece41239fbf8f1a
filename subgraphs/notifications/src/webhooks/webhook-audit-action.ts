import { registerEnumType } from 'type-graphql';

export enum WebhookAuditAction {
  ENDPOINT_CREATED = 'ENDPOINT_CREATED',
  ENDPOINT_CHANGED = 'ENDPOINT_CHANGED',
  ENDPOINT_DISABLED = 'ENDPOINT_DISABLED',
  ENDPOINT_ENABLED = 'ENDPOINT_ENABLED',
  SECRET_ROTATED = 'SECRET_ROTATED',
  ENDPOINT_DELETED = 'ENDPOINT_DELETED',
  DELIVERY_REPLAYED = 'DELIVERY_REPLAYED',
}

registerEnumType(WebhookAuditAction, {
  name: 'WebhookAuditAction',
  description: "What was done to an organisation's webhooks.",
  valuesConfig: {
    ENDPOINT_CREATED: { description: 'An endpoint was subscribed' },
    ENDPOINT_CHANGED: { description: "An endpoint's URL, description or events were changed" },
    ENDPOINT_DISABLED: { description: 'An endpoint was disabled' },
    ENDPOINT_ENABLED: { description: 'An endpoint was turned back on' },
    SECRET_ROTATED: { description: "An endpoint's signing secret was replaced" },
    ENDPOINT_DELETED: { description: 'An endpoint was deleted' },
    DELIVERY_REPLAYED: { description: 'A delivery was sent again' },
  },
});
