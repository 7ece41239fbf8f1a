import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { composeNotifications } from './composition';
import { DeliveriesResolver } from './deliveries/deliveries.resolver';
import { Delivery } from './deliveries/delivery.entity';
import { InboxResolver } from './inbox/inbox.resolver';
import { Notification } from './inbox/notification.entity';
import { Message } from './messages/message.entity';
import { NotificationPreferences } from './preferences/notification-preferences.entity';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { NotificationErasureResolver } from './personal-data/notification-erasure.resolver';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { seedDemo } from './seed/seed-demo';
import { UnsubscribeToken } from './unsubscribe/unsubscribe-token.entity';
import { UnsubscribeResolver } from './unsubscribe/unsubscribe.resolver';
import { WebhookAuditEntry } from './webhooks/webhook-audit.entity';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity';
import { WebhookSecret } from './webhooks/webhook-secret.entity';
import { WebhooksResolver } from './webhooks/webhooks.resolver';

/**
 * The notifications subgraph: owns the in-app inbox (`myNotifications`), people's notification
 * preferences and unsubscribe links, and the delivery log admins watch and retry. The delivery worker
 * (`worker/`) fills `messages`, `deliveries` and `notifications` with plain SQL; this subgraph owns
 * their tables and migrations (docs/adr/022-notifications-outbox-and-delivery-worker.md). It also keeps
 * organisations' webhook endpoints, their secrets and delivery logs (docs/adr/030).
 */
export const notificationsSubgraph: SubgraphDefinition = {
  name: 'notifications',
  envPrefix: 'NOTIFICATIONS',
  database: 'notifications',
  defaultPort: 4105,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Message, Delivery, Notification, NotificationPreferences, UnsubscribeToken, WebhookEndpoint, WebhookSecret, WebhookDelivery, WebhookAuditEntry],
  resolvers: [InboxResolver, PreferencesResolver, UnsubscribeResolver, DeliveriesResolver, WebhooksResolver, PersonalDataExportResolver, NotificationErasureResolver],
  // Reached only through `_entities` (accounts' `exportMyData` returns it), so named here.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: personalDataExportReference,
  // The configuration (DELIVERY_MAX_ATTEMPTS), read when serving.
  compose: composeNotifications,
  seed: seedDemo,
};
