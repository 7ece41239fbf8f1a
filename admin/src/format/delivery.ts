import { DELIVERY_CHANNEL_LABELS, DELIVERY_STATUS_LABELS, NOTIFICATION_KIND_LABELS } from '@caregraph/client-kit/labels';
import type { DeliveryChannel, DeliveryStatus, NotificationKind } from '../gql/graphql';

// Words for the notifications' enums (deliveries, the bell). The kind is the graph's own description;
// status and channel get short words for the columns and filters, and the graph's descriptions explain them.

/** What a notification is about: the graph's description (NotificationKind). */
export const NOTIFICATION_KIND_NAMES: Readonly<Record<NotificationKind, string>> = NOTIFICATION_KIND_LABELS;

/** Where a delivery stands, in a word. */
export const DELIVERY_STATUS_NAMES: Readonly<Record<DeliveryStatus, string>> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  FAILED: 'Failed, will retry',
  DEAD: 'Dead',
  SKIPPED: 'Skipped',
};

/** What a delivery status means: the graph's description (DeliveryStatus). */
export const DELIVERY_STATUS_MEANINGS: Readonly<Record<DeliveryStatus, string>> = DELIVERY_STATUS_LABELS;

/** How a delivery reaches the person, in a word. */
export const DELIVERY_CHANNEL_NAMES: Readonly<Record<DeliveryChannel, string>> = { EMAIL: 'E-mail', IN_APP: 'In the app' };

/** What a channel means: the graph's description (DeliveryChannel). */
export const DELIVERY_CHANNEL_MEANINGS: Readonly<Record<DeliveryChannel, string>> = DELIVERY_CHANNEL_LABELS;
