import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Message } from '../messages/message.entity';
import { NotificationKind } from '../inbox/notification-kind';
import { DeliveryChannel } from './delivery-channel';
import { DeliveryStatus } from './delivery-status';
import { Role } from './recipient-role';

/**
 * One message to one person on one channel, and how its delivery went. Rows are written by the delivery
 * worker with plain SQL (one per message, recipient and channel: the unique constraint makes a repeated
 * `notify` job a no-op); admins read them and retry dead ones. No body and no address is stored here:
 * the worker renders and resolves those at delivery time.
 */
@Entity({ tableName: 'deliveries' })
@Unique({ name: 'deliveries_message_id_recipient_user_id_channel_unique', properties: ['message', 'recipientUserId', 'channel'] })
@Index({ name: 'deliveries_status_updated_at_index', properties: ['status', 'updatedAt'] })
@ObjectType({ description: 'One delivery of a notification to one person on one channel (admins). Never shows the message’s text or the address it went to.' })
export class Delivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'updatedAt' | 'deliveredAt';

  /** For IN_APP deliveries also the id of the `notifications` row it made. */
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the delivery.' })
  id: string = randomUUID();

  @ManyToOne(() => Message, { deleteRule: 'cascade', fieldName: 'message_id' })
  message!: Message;

  @Property({ type: 'text' })
  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  kind!: NotificationKind;

  /** accounts `User.id` of the person it is for; not exposed (admins see the role only). */
  @Property({ type: 'uuid' })
  recipientUserId!: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: 'The role the person received it as.' })
  recipientRole!: Role;

  @Enum({ items: () => DeliveryChannel })
  @Field(() => DeliveryChannel, { description: 'E-mail or in-app.' })
  channel!: DeliveryChannel;

  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  @Field(() => DeliveryStatus, { description: 'Where the delivery stands.' })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Property({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many attempts failed since it was created or last retried.' })
  attempts = 0;

  /** Short, with no personal data (e.g. `SMTP 421`); null after a success or a retry. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, briefly and without personal data; null when none failed.' })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the delivery was planned.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When its status or attempts last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was delivered; null until SENT.' })
  deliveredAt: Date | null = null;
}
