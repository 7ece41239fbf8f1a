// The notifications subgraph (docs/adr/022-notifications-outbox-and-delivery-worker.md).
export { notificationsSubgraph } from './subgraph';
export { NotificationKind } from './inbox/notification-kind';
export { DeliveryStatus } from './deliveries/delivery-status';
export { DeliveryChannel } from './deliveries/delivery-channel';
