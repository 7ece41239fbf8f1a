import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationKind } from './notification-kind';

/**
 * One notification in a person's in-app inbox (the bell). Inserted by the delivery worker with plain SQL
 * when it delivers an IN_APP delivery, under that delivery's id, so a repeated job inserts nothing new.
 * The title is short and never clinical.
 */
@Entity({ tableName: 'notifications' })
@Index({
  name: 'notifications_user_id_created_at_index',
  properties: ['userId', 'createdAt'],
  expression: 'create index "notifications_user_id_created_at_index" on "notifications" ("user_id", "created_at" desc)',
})
@Index({
  name: 'notifications_unread_index',
  properties: ['userId'],
  expression: 'create index "notifications_unread_index" on "notifications" ("user_id") where read_at is null',
})
@ObjectType({ description: 'A notification in your in-app inbox: what happened, where to look, and whether you have read it.' })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt';

  /** The IN_APP delivery's id. */
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the notification.' })
  id!: string;

  /** accounts `User.id` of the person whose inbox it is in. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  @Field({ description: 'One short line saying what happened, in UK English; never clinical content.' })
  title!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Where to look in your app: a path such as `/bookings/<id>`.' })
  link!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the notification arrived.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt: Date | null = null;
}
