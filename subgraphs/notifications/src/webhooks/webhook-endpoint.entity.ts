import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { WebhookEndpointStatus } from './webhook-endpoint-status';
import { WebhookEventType } from './webhook-event-type';

/**
 * An organisation's HTTPS endpoint subscribed to events about its referrals (docs/adr/030). The delivery
 * worker signs each payload with the endpoint's secrets (webhook-secret.entity.ts) and posts it there.
 */
@Entity({ tableName: 'webhook_endpoints' })
@Unique({ name: 'webhook_endpoints_organisation_id_url_unique', properties: ['organisationId', 'url'] })
@Check({ name: 'webhook_endpoints_event_types_not_empty', expression: 'cardinality(event_types) > 0' })
@ObjectType({ description: "An organisation's endpoint that receives signed events (Standard Webhooks) about its referrals." })
export class WebhookEndpoint {
  [OptionalProps]?: 'id' | 'status' | 'description' | 'createdAt' | 'updatedAt' | 'secretRotatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the endpoint.' })
  id: string = randomUUID();

  /** accounts `Organisation.id`. */
  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The organisation it belongs to.' })
  organisationId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Where events are posted (HTTPS).' })
  url!: string;

  @Property({ length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the organisation calls it.' })
  description: string | null = null;

  @Property({ type: 'text[]' })
  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  eventTypes!: WebhookEventType[];

  @Enum({ items: () => WebhookEndpointStatus, default: WebhookEndpointStatus.ACTIVE })
  @Field(() => WebhookEndpointStatus, { description: 'Whether events are sent to it.' })
  status: WebhookEndpointStatus = WebhookEndpointStatus.ACTIVE;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When its current signing secret was made.' })
  secretRotatedAt: Date = new Date();
}
