import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { AccessAction } from './access-action';

/**
 * One read or write of care-plan content: who, their role, which plan and record, what, when and, for
 * break-glass, why. Append-only: a trigger refuses UPDATE and DELETE (migration), and the API only inserts.
 * No foreign key to the plan, so deleting a draft plan keeps its audit.
 */
@Entity({ tableName: 'care_plan_access_log' })
@Index({ name: 'care_plan_access_log_plan_at_index', properties: ['carePlanId', 'at'] })
@Index({ name: 'care_plan_access_log_action_at_index', properties: ['action', 'at'] })
@Index({ name: 'care_plan_access_log_actor_at_index', properties: ['actorId', 'at'] })
@Check({ name: 'care_plan_access_log_break_glass_reason', expression: "(action = 'BREAK_GLASS') = (reason is not null)" })
@ObjectType({ description: 'One recorded read or write of care-plan content: who, which record, what they did, when, and why for break-glass.' })
export class CarePlanAccessEntry {
  [OptionalProps]?: 'id' | 'at' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The care plan whose content was accessed.' })
  carePlanId!: string;

  /** accounts `User.id` of who accessed it (exposed as `actor`). */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The role they acted in: CLIENT, THERAPIST or ADMIN.' })
  actorRole!: string;

  @Enum({ items: () => AccessAction })
  @Field(() => AccessAction, { description: 'What they did.' })
  action!: AccessAction;

  @Property({ type: 'text' })
  @Field({ description: 'The kind of record: CarePlan, Goal, Activity, ActivityLog, QuestionnaireResponse, ProgressReview or RiskFlag.' })
  recordType!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The id of the record.' })
  recordId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The written reason, for break-glass access; null otherwise.' })
  reason: string | null = null;

  /** The gateway's request id, to find the request in the logs. */
  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it happened.' })
  at: Date = new Date();
}
