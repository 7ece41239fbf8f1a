import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Message } from '../messages/message.entity';
import { WebhookDeliveryStatus } from './webhook-delivery-status';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-event-type';

/**
 * One event to one endpoint, and how its delivery went (written by the delivery worker with plain SQL;
 * unique per endpoint and message, so a repeated `notify` job adds nothing). Neither the payload nor the
 * endpoint's answer is kept: the payload is rebuilt from the message's ids and states at each attempt.
 */
@Entity({ tableName: 'webhook_deliveries' })
@Unique({ name: 'webhook_deliveries_endpoint_id_message_id_unique', properties: ['endpoint', 'message'] })
@Index({ name: 'webhook_deliveries_endpoint_id_created_at_index', properties: ['endpoint', 'createdAt'] })
@ObjectType({ description: 'One event sent to one endpoint: when, how it went, and why the last attempt failed.' })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'lastError' | 'lastStatusCode' | 'createdAt' | 'updatedAt' | 'deliveredAt' | 'replays' | 'eventId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the delivery.' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade', fieldName: 'endpoint_id' })
  endpoint!: WebhookEndpoint;

  /** The event; its id is the `webhook-id` header, the same on every attempt and replay. */
  @ManyToOne(() => Message, { deleteRule: 'cascade', fieldName: 'message_id' })
  message!: Message;

  @Property({ type: 'text' })
  @Field(() => WebhookEventType, { description: 'What happened.' })
  eventType!: WebhookEventType;

  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many attempts failed since it was created or last replayed.' })
  attempts = 0;

  @Property({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many times it was replayed.' })
  replays = 0;

  @Property({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint last answered; null when it did not answer.' })
  lastStatusCode: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, briefly (e.g. `HTTP 503`, `TIMEOUT`); null when none failed.' })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the event was queued for the endpoint.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When its status last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the endpoint last accepted it; null until SENT.' })
  deliveredAt: Date | null = null;

  /** The message's id, without loading it: the `webhook-id` header. */
  @Field(() => ID, { description: 'The event’s id: the `webhook-id` header, the same on every attempt and replay (deduplicate on it).' })
  get eventId(): string {
    return this.message.id;
  }
}
