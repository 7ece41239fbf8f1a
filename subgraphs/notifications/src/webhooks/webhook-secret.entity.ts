import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * A secret an endpoint's payloads are signed with, encrypted at rest (WEBHOOK_SECRET_KEYS, bound to the
 * endpoint's id). The worker signs with every one not yet expired: during a rotation the receiver finds
 * one signature per secret in `webhook-signature`, so it can switch without missing an event.
 */
@Entity({ tableName: 'webhook_secrets' })
@Index({ name: 'webhook_secrets_endpoint_id_index', properties: ['endpoint'] })
export class WebhookSecret {
  [OptionalProps]?: 'id' | 'createdAt' | 'expiresAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade', fieldName: 'endpoint_id' })
  endpoint!: WebhookEndpoint;

  @Property({ type: 'text' })
  secretCiphertext!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** When it stops signing; null while it is the current secret. */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;
}
