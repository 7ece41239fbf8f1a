import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { OutboxPayload } from './outbox-payload';

/**
 * Something that happened in this subgraph that people must hear about (docs/adr/022-notifications-outbox-and-delivery-worker.md).
 * Written in the same transaction as the change it describes, so a rolled-back change leaves no row and a
 * crash after the commit leaves one the delivery worker will find. The worker relays rows whose
 * `relayed_at` is null onto its queue, then stamps them. The `id` is the message id every delivery of it
 * carries, so a relay repeated after a crash is recognised downstream.
 * Every subgraph that notifies lists this entity (its table is in that subgraph's own database).
 */
@Entity({ tableName: 'outbox_events' })
@Index({
  name: 'outbox_events_unrelayed_index',
  properties: ['occurredAt'],
  expression: 'create index "outbox_events_unrelayed_index" on "outbox_events" ("occurred_at") where relayed_at is null',
})
export class OutboxEvent {
  [OptionalProps]?: 'id' | 'occurredAt' | 'relayedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What happened, e.g. `booking.confirmed` (the worker's message catalogue knows every kind). */
  @Property({ type: 'text' })
  kind!: string;

  /** Who must hear and the non-clinical facts of the message: ids, instants, formats; never answers, notes or names. */
  @Property({ type: 'jsonb' })
  payload!: OutboxPayload;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  /** When the worker put it on its queue; null until then. */
  @Property({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null = null;
}
