import { Check, DecimalType, Entity, Index, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CarePlan } from '../care-plans/care-plan.entity';
import type { CopmRating } from '../measures/copm';

/**
 * A progress review: the therapist's notes, the goals' updated statuses (ReviewGoalUpdate rows) and the
 * outcome measures taken (COPM ratings here; PHQ-9/GAD-7 as QuestionnaireResponse rows pointing back).
 * COPM averages and their change from the previous review are kept, so trends need no recomputation.
 */
@Entity({ tableName: 'care_plan_reviews' })
@Index({ name: 'care_plan_reviews_plan_reviewed_at_index', properties: ['carePlan', 'reviewedAt'] })
@Unique({ name: 'care_plan_reviews_booking_id_unique', properties: ['bookingId'] })
@Check({ name: 'care_plan_reviews_notes_length', expression: 'char_length(notes) between 1 and 10000' })
@Check({
  name: 'care_plan_reviews_copm_averages_range',
  expression: '(copm_performance is null or copm_performance between 1 and 10) and (copm_satisfaction is null or copm_satisfaction between 1 and 10)',
})
@Check({ name: 'care_plan_reviews_copm_together', expression: '(copm is null) = (copm_performance is null) and (copm is null) = (copm_satisfaction is null)' })
@ObjectType({ description: "A progress review of a care plan, usually at a completed session: the therapist's notes, goal updates and outcome measures." })
export class ProgressReview {
  [OptionalProps]?: 'id' | 'bookingId' | 'copm' | 'copmPerformance' | 'copmSatisfaction' | 'copmPerformanceChange' | 'copmSatisfactionChange' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the review.' })
  id: string = randomUUID();

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  /** bookings `Booking.id` of the session the review took place at (completed, same therapist and client). */
  @Property({ type: 'uuid', nullable: true })
  bookingId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the review took place.' })
  reviewedAt!: Date;

  @Property({ type: 'text' })
  @Field({ description: "The therapist's notes of the review." })
  notes!: string;

  @Property({ type: JsonType, nullable: true })
  copm: CopmRating[] | null = null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 2, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Average COPM performance rating (1–10) of this review, or null when COPM was not rated.' })
  copmPerformance: number | null = null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 2, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Average COPM satisfaction rating (1–10) of this review, or null when COPM was not rated.' })
  copmSatisfaction: number | null = null;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Change of the performance average from the previous review that rated COPM; null for the first.' })
  copmPerformanceChange: number | null = null;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Change of the satisfaction average from the previous review that rated COPM; null for the first.' })
  copmSatisfactionChange: number | null = null;

  /** accounts `User.id` of the therapist who recorded it. */
  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
