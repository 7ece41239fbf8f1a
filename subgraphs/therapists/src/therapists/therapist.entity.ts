import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Condition } from './condition';
import { ListingStatus } from './listing-status';
import { SessionFormat } from './session-format';

/** SQL `array['A', 'B']::text[]` of an enum's values, for "every element is known" checks. */
const knownValues = (values: Record<string, string>) => `array[${Object.values(values).map((v) => `'${v}'`).join(', ')}]::text[]`;

/**
 * A therapist's listing: what clients see when they look for an occupational therapist.
 * One per therapist (`userId` is unique). `userId` is the accounts `User.id`: the graph
 * exposes it as the `user` reference, never as a raw column. Only the outward part of a
 * postcode is ever stored (`outwardCode`), enforced by a CHECK constraint.
 */
@Entity({ tableName: 'therapists' })
@Check({ name: 'therapists_hcpc_number_format', expression: `hcpc_number ~ '^OT[0-9]{1,6}$'` })
@Check({ name: 'therapists_outward_code_format', expression: `outward_code ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'` })
// `<@` is false for a NULL element too, so these also keep NULLs out of the arrays.
@Check({ name: 'therapists_conditions_known', expression: `conditions <@ ${knownValues(Condition)}` })
@Check({ name: 'therapists_session_formats_known', expression: `session_formats <@ ${knownValues(SessionFormat)}` })
@Index({ name: 'therapists_status_display_name_id_index', properties: ['status', 'displayName', 'id'] })
@ObjectType({ description: "An HCPC-registered occupational therapist's listing: who they are, what they help with, where and how they work." })
@Directive('@key(fields: "id")')
export class Therapist {
  [OptionalProps]?: 'id' | 'conditions' | 'sessionFormats' | 'status' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the listing.' })
  id: string = randomUUID();

  /** accounts `User.id` of the therapist who owns the listing. */
  @Property({ type: 'uuid' })
  @Unique({ name: 'therapists_user_id_unique' })
  userId!: string;

  @Property({ length: 100 })
  @Field({ description: 'Name shown to clients.' })
  displayName!: string;

  @Property({ length: 8 })
  @Unique({ name: 'therapists_hcpc_number_unique' })
  @Field({ description: 'HCPC registration number (`OT` and up to 6 digits), checkable on the public HCPC register.' })
  hcpcNumber!: string;

  @Enum({ items: () => Condition, array: true, default: [] })
  @Field(() => [Condition], { description: 'Conditions the therapist supports recovery from.' })
  conditions: Condition[] = [];

  @Enum({ items: () => SessionFormat, array: true, default: [] })
  @Field(() => [SessionFormat], { description: 'How the therapist offers sessions: home visits, online, or both.' })
  sessionFormats: SessionFormat[] = [];

  @Property({ length: 100 })
  @Field({ description: 'Town or city the therapist works from.' })
  city!: string;

  @Property({ length: 4 })
  @Field({ description: 'Outward part of the postcode the therapist works from, e.g. `LS6`. Never a full postcode.' })
  outwardCode!: string;

  @Enum({ items: () => ListingStatus, default: ListingStatus.DRAFT })
  @Field(() => ListingStatus, { description: 'Where the listing is in moderation; only APPROVED listings are shown to clients.' })
  status: ListingStatus = ListingStatus.DRAFT;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the listing was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic lock: an edit made from a stale copy fails instead of overwriting. */
  @Property({ version: true })
  version!: number;
}
