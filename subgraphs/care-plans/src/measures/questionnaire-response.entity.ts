import { ArrayType, Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CarePlan } from '../care-plans/care-plan.entity';
import { QuestionnaireKind, SeverityBand } from './questionnaire-scoring';

/** Who filled in a questionnaire. */
export type Respondent = 'CLIENT' | 'THERAPIST';

/**
 * One completed PHQ-9 or GAD-7: answers, total and band. The database holds the shape rules too: the
 * number of items per kind and answers 0–3.
 */
@Entity({ tableName: 'care_plan_questionnaires' })
@Index({ name: 'care_plan_questionnaires_plan_kind_completed_index', properties: ['carePlan', 'kind', 'completedAt'] })
@Check({ name: 'care_plan_questionnaires_item_count', expression: "cardinality(answers) = case kind when 'PHQ9' then 9 else 7 end" })
@Check({ name: 'care_plan_questionnaires_answers_range', expression: "answers <@ array[0,1,2,3]::smallint[]" })
@ObjectType({ description: 'One completed PHQ-9 or GAD-7 questionnaire, scored.' })
export class QuestionnaireResponse {
  [OptionalProps]?: 'id' | 'createdAt' | 'reviewId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the response.' })
  id: string = randomUUID();

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  /** The progress review it was part of, or null when the client completed it between sessions. */
  @Property({ type: 'uuid', nullable: true })
  reviewId: string | null = null;

  @Enum({ items: () => QuestionnaireKind })
  @Field(() => QuestionnaireKind, { description: 'Which questionnaire.' })
  kind!: QuestionnaireKind;

  @Property({ type: new ArrayType((value) => Number(value)), columnType: 'smallint[]' })
  @Field(() => [Int], { description: 'The answers in item order, each 0–3.' })
  answers!: number[];

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Total score (PHQ-9 0–27, GAD-7 0–21).' })
  total!: number;

  @Enum({ items: () => SeverityBand })
  @Field(() => SeverityBand, { description: 'Severity band of the total.' })
  severity!: SeverityBand;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who filled it in: CLIENT (between sessions) or THERAPIST (with the client, in a review).' })
  respondent!: Respondent;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was completed.' })
  completedAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
