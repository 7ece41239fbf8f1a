import { ArrayType, Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { Condition } from '@caregraph/vocabulary';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlanStatus } from './care-plan-status';


/**
 * A client's care plan with their therapist. `clientId`, `therapistId` and `therapistUserId` are ids owned
 * by other subgraphs (accounts `User`, therapists `Therapist`): the graph exposes them as references.
 *
 * Content (summary, dates, goals, activities, reviews, measures) is clinical: the fields carrying it are
 * guarded by `CarePlanContent` (client and therapist only; admins need break-glass) and every read is
 * recorded (docs/adr/012). Identity and status are visible to admins.
 *
 * When a client's account is erased, a plan that went beyond a draft is a clinical record the law keeps: it
 * loses `clientId` and carries a pseudonym (`subjectRef`) and a `retainUntil` date instead. A row is always
 * one or the other.
 */
@Entity({ tableName: 'care_plans' })
@Check({ name: 'care_plans_client_or_subject', expression: '(client_id is null) <> (subject_ref is null)' })
@Check({ name: 'care_plans_subject_retained_until', expression: '(subject_ref is null) = (retain_until is null)' })
@Check({ name: 'care_plans_end_after_start', expression: 'end_date is null or end_date >= start_date' })
@Check({ name: 'care_plans_review_cadence_range', expression: 'review_cadence_weeks between 1 and 26' })
@Index({ name: 'care_plans_retain_until_index', properties: ['retainUntil'] })
@Index({ name: 'care_plans_client_id_created_at_index', properties: ['clientId', 'createdAt'] })
@Index({ name: 'care_plans_therapist_id_created_at_index', properties: ['therapistId', 'createdAt'] })
@Index({ name: 'care_plans_therapist_user_id_next_review_index', properties: ['therapistUserId', 'nextReviewDue'] })
@ObjectType({
  description:
    "A client's occupational-therapy care plan: small, realistic goals agreed with their therapist and reviewed over time. " +
    'Only the client and their therapist see its content; admins see that it exists and its status.',
})
@Directive('@key(fields: "id")')
export class CarePlan {
  [OptionalProps]?:
    | 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'subjectRef' | 'retainUntil' | 'therapistUserId'
    | 'focusConditions' | 'summary' | 'endDate' | 'reviewCadenceWeeks' | 'nextReviewDue' | 'lastReviewedOn' | 'reviewDueNoticedFor' | 'reviewOverdueNoticedFor';

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

  /** therapists `Therapist.id` of the therapist's listing. */
  @Property({ type: 'uuid' })
  therapistId!: string;

  /** accounts `User.id` of the therapist, learned when the plan was made: access checks need no round trip. */
  @Property({ type: 'uuid', nullable: true })
  therapistUserId: string | null = null;

  @Enum({ items: () => CarePlanStatus })
  @Field(() => CarePlanStatus, { description: 'Where the plan is in its life. Visible to admins.' })
  status: CarePlanStatus = CarePlanStatus.DRAFT;

  @Property({ type: ArrayType })
  @Field(() => [Condition], { description: 'The conditions the plan focuses on.' })
  @UseMiddleware(CarePlanContent)
  focusConditions: Condition[] = [];

  @Property({ type: 'text' })
  @Field({ description: 'What the plan is about, written with the client in their words.' })
  @UseMiddleware(CarePlanContent)
  summary: string = '';

  @Property({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the plan starts.' })
  @UseMiddleware(CarePlanContent)
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the plan is meant to end, if agreed.' })
  @UseMiddleware(CarePlanContent)
  endDate: string | null = null;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'How often the plan is reviewed, in weeks (1–26).' })
  @UseMiddleware(CarePlanContent)
  reviewCadenceWeeks: number = 4;

  /** The last progress review's day (London), or null before the first. */
  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day of the latest progress review, or null before the first.' })
  @UseMiddleware(CarePlanContent)
  lastReviewedOn: string | null = null;

  /** Follows from the cadence: the last review (or the start) plus `reviewCadenceWeeks`. Kept so overdue plans are one index scan. */
  @Property({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'When the next progress review is due: the latest review (or the start) plus the cadence.' })
  @UseMiddleware(CarePlanContent)
  nextReviewDue!: string;

  /** The review date its therapist was last told is coming up (the `review-reminders` sweep), so each date is said once. */
  @Property({ type: 'date', nullable: true })
  reviewDueNoticedFor: string | null = null;

  /** The review date its therapist was last told has passed. */
  @Property({ type: 'date', nullable: true })
  reviewOverdueNoticedFor: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the plan was created. Visible to admins.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the plan last changed. Visible to admins.' })
  updatedAt: Date = new Date();

  /** Optimistic lock: client and therapist both edit plans; a stale edit fails instead of overwriting. */
  @Property({ version: true })
  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing the plan.' })
  @UseMiddleware(CarePlanContent)
  version!: number;
}
