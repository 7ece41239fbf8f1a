import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

/** One step in a referral's life, for its audit trail: who moved it to which status, and when. */
@Entity({ tableName: 'referral_events' })
export class ReferralEvent {
  [OptionalProps]?: 'id' | 'occurredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Referral, { deleteRule: 'cascade', index: true })
  referral!: Referral;

  @Enum({ items: () => ReferralStatus })
  status!: ReferralStatus;

  /** Who: `organisation` (its API client), `therapist`, `client` (their user id). */
  @Property({ length: 20 })
  actorKind!: 'organisation' | 'therapist' | 'client';

  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();
}
