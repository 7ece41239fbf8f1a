import { ConnectionType } from '@caregraph/runtime';
import { Notification } from './notification.entity';

/** `NotificationConnection` / `NotificationEdge`: a page of a person's notifications. */
export const NotificationConnection = ConnectionType(Notification, 'Notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
