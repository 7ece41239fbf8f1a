import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One batch of the retention purge: which kind of record, how many rows were deleted, the cutoff they
 * were past, and when. Written in the same transaction as the deletion, so the record of a purge and
 * the purge itself stand or fall together. No personal data: counts and dates only.
 * Every subgraph that purges lists this entity (its table is in that subgraph's own database).
 */
@Entity({ tableName: 'retention_purges' })
@Index({ name: 'retention_purges_record_kind_ran_at_index', properties: ['recordKind', 'ranAt'] })
export class RetentionPurge {
  [OptionalProps]?: 'id' | 'ranAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The kind of record purged (`RetainedRecordKind` of @caregraph/vocabulary, e.g. CARE_PLAN). */
  @Property({ type: 'text' })
  recordKind!: string;

  /** Rows of that kind's table deleted in this batch (rows under them go by foreign-key cascade). */
  @Property({ type: 'integer' })
  deleted!: number;

  /** Rows whose `retain_until` was at or before this instant were due. */
  @Property({ type: 'timestamptz' })
  cutoff!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  ranAt: Date = new Date();
}
