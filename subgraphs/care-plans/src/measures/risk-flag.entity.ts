import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CarePlan } from '../care-plans/care-plan.entity';
import { QuestionnaireResponse } from './questionnaire-response.entity';

/**
 * Raised when a PHQ-9 answer on item 9 (thoughts of self-harm) is above 0. The therapist must acknowledge
 * it and record what they did; until then it stays open on the plan.
 */
@Entity({ tableName: 'care_plan_risk_flags' })
@Index({ name: 'care_plan_risk_flags_open_index', properties: ['carePlan'], expression: 'create index "care_plan_risk_flags_open_index" on "care_plan_risk_flags" ("care_plan_id") where acknowledged_at is null' })
@Index({
  name: 'care_plan_risk_flags_escalation_due_index',
  properties: ['raisedAt'],
  expression: 'create index "care_plan_risk_flags_escalation_due_index" on "care_plan_risk_flags" ("raised_at") where acknowledged_at is null and escalated_at is null',
})
@Check({ name: 'care_plan_risk_flags_acknowledged_with_action', expression: '(acknowledged_at is null) = (action is null) and (acknowledged_at is null) = (acknowledged_by is null)' })
@ObjectType({ description: 'A risk the therapist must act on, raised by an answer above 0 on PHQ-9 item 9 (thoughts of self-harm).' })
export class RiskFlag {
  [OptionalProps]?: 'id' | 'raisedAt' | 'acknowledgedAt' | 'acknowledgedBy' | 'action' | 'escalatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the flag.' })
  id: string = randomUUID();

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  @ManyToOne(() => QuestionnaireResponse, { deleteRule: 'cascade' })
  questionnaire!: QuestionnaireResponse;

  @Property({ type: 'text' })
  @Field({ description: 'Why it was raised, e.g. "PHQ-9 item 9 answered 2 (more than half the days)".' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was raised.' })
  raisedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the therapist acknowledged it; null while it is open.' })
  acknowledgedAt: Date | null = null;

  /** accounts `User.id` of the therapist who acknowledged it. */
  @Property({ type: 'uuid', nullable: true })
  acknowledgedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the therapist did about it, recorded when acknowledging.' })
  action: string | null = null;

  /** When every admin was told it was still unacknowledged (the `risk-flag-escalations` sweep); null until then. */
  @Property({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null = null;
}
