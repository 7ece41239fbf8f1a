import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { WebhookAuditAction } from './webhook-audit-action';

/**
 * One change to an organisation's webhooks, kept for accountability: who (the organisation's system, one of
 * its admins, or one of Caregraph's), what, on which endpoint, when. Append-only (a trigger refuses updates,
 * deletes and truncation); ids without foreign keys, so it outlives a deleted endpoint. Never holds a secret.
 */
@Entity({ tableName: 'webhook_audit' })
@Index({ properties: ['organisationId', 'createdAt'] })
@ObjectType({ description: "A change to an organisation's webhooks: who, what, on which endpoint and when. Records cannot be changed or deleted." })
export class WebhookAuditEntry {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The endpoint acted on (it may have been deleted since).' })
  endpointId!: string;

  @Property({ type: 'text' })
  @Field({ description: "Who acted: `SYSTEM` (the organisation's API client), `ORGANISATION_ADMIN` or `PLATFORM_ADMIN` (Caregraph's)." })
  actorKind!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The API client or the person who acted.' })
  actorId!: string;

  @Enum({ items: () => WebhookAuditAction })
  @Field(() => WebhookAuditAction, { description: 'What was done.' })
  action!: WebhookAuditAction;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'What changed, e.g. `{ "eventTypes": ["referral.accepted"] }` or `{ "deliveryId": "…" }`.' })
  details!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was done.' })
  createdAt: Date = new Date();
}
