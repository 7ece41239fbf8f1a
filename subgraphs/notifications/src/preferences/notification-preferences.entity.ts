import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A person's choices about the notifications they may turn off (reminders, invitations), on both
 * channels. No row means the defaults: everything on. ESSENTIAL notifications are not optional.
 */
@Entity({ tableName: 'notification_preferences' })
export class NotificationPreferences {
  [OptionalProps]?: 'reminders' | 'invitations' | 'updatedAt';

  /** accounts `User.id`. */
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'boolean', default: true })
  reminders = true;

  @Property({ type: 'boolean', default: true })
  invitations = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
