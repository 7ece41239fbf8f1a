import { ArrayType, Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CarePlanStatus } from './care-plan-status';

/**
 * A client's care plan with their therapist. `clientId` and `therapistId` are ids owned by
 * other subgraphs (accounts `User`, therapists `Therapist`): the graph exposes them as
 * `client` and `therapist` references, never as raw columns.
 *
 * When a client's account is erased, a plan that went beyond a draft is a clinical record the
 * law keeps: it loses `clientId` and carries a pseudonym (`subjectRef`) and a `retainUntil` date
 * instead (see erasure/care-plan-erasure.service.ts). A row is always one or the other.
 */
@Entity({ tableName: 'care_plans' })
@Check({ name: 'care_plans_client_or_subject', expression: '(client_id is null) <> (subject_ref is null)' })
@Check({ name: 'care_plans_subject_retained_until', expression: '(subject_ref is null) = (retain_until is null)' })
@Index({ name: 'care_plans_retain_until_index', properties: ['retainUntil'] })
@Index({ name: 'care_plans_client_id_created_at_index', properties: ['clientId', 'createdAt'] })
@Index({ name: 'care_plans_therapist_id_created_at_index', properties: ['therapistId', 'createdAt'] })
@ObjectType({ description: "A client's occupational-therapy care plan: small, realistic goals agreed with their therapist and reviewed over time." })
@Directive('@key(fields: "id")')
export class CarePlan {
  [OptionalProps]?: 'id' | 'status' | 'goals' | 'createdAt' | 'updatedAt' | 'version' | 'subjectRef' | 'retainUntil';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the care plan.' })
  id: string = randomUUID();

  /** accounts `User.id` of the client; null once the client's account was erased and this record retained. */
  @Property({ type: 'uuid', nullable: true })
  clientId!: string | null;

  /** Pseudonym of an erased client, shared by their retained records; no link to any login. */
  @Property({ type: 'uuid', nullable: true })
  subjectRef: string | null = null;

  /** For a retained record: the date until which the law requires it kept (for a purge job). */
  @Property({ type: 'timestamptz', nullable: true })
  retainUntil: Date | null = null;

  /** therapists `Therapist.id` of the therapist. */
  @Property({ type: 'uuid' })
  therapistId!: string;

  @Enum({ items: () => CarePlanStatus })
  @Field(() => CarePlanStatus, { description: 'Where the plan is in its life.' })
  status: CarePlanStatus = CarePlanStatus.DRAFT;

  /** Plain-language goals for now; structured goals with measures replace them later. */
  @Property({ type: ArrayType })
  @Field(() => [String], { description: "The plan's goals in the client's own words, e.g. \"Walk to the corner shop and back on my own twice a week\"." })
  goals: string[] = [];

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the plan was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the plan last changed.' })
  updatedAt: Date = new Date();

  /** Optimistic lock: client and therapist both edit plans; a stale edit fails instead of overwriting. */
  @Property({ version: true })
  version!: number;
}
