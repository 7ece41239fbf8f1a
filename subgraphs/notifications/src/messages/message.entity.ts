import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One outbox event relayed from a subgraph's outbox (docs/adr/022-notifications-outbox-and-delivery-worker.md).
 * Written by the delivery worker with plain SQL (`insert … on conflict do nothing`): its id is the outbox
 * event's id, so relaying the same event twice after a crash is a no-op. `facts` hold ids, instants and
 * formats only, never clinical content.
 */
@Entity({ tableName: 'messages' })
export class Message {
  [OptionalProps]?: 'receivedAt';

  /** The outbox event's id in its source subgraph. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The subgraph whose outbox the event came from (bookings, therapists, care-plans). */
  @Property({ type: 'text' })
  source!: string;

  /** The outbox kind, e.g. `booking.confirmed`. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'jsonb' })
  facts!: Record<string, string | number | boolean | null>;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
