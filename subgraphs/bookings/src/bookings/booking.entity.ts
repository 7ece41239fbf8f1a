import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BookingStatus } from './booking-status';
import { ReferralSource } from './referral-source';
import { FundingRoute } from '../referrals/referral-enums';
import { BookingParty } from './booking-party';
import { SessionFormat } from '@caregraph/vocabulary';
import { SCHEDULE_LIMITS } from '../schedules/schedule-rules';

const CUTOFF = SCHEDULE_LIMITS.cancellationCutoffHours;

/**
 * A session between a client and a therapist. `clientId` and `therapistId` are ids owned by
 * other subgraphs (accounts `User`, therapists `Therapist`): the graph exposes them as
 * `client` and `therapist` references, never as raw columns.
 *
 * When a client's account is erased, a session that took place is a clinical record the law
 * keeps: it loses `clientId` and carries a pseudonym (`subjectRef`) and a `retainUntil` date
 * instead (see erasure/booking-erasure.service.ts). A row is always one or the other.
 */
@Entity({ tableName: 'bookings' })
@Check({ name: 'bookings_ends_after_starts', expression: 'ends_at > starts_at' })
@Check({ name: 'bookings_client_or_subject', expression: '(client_id is null) <> (subject_ref is null)' })
@Check({ name: 'bookings_subject_retained_until', expression: '(subject_ref is null) = (retain_until is null)' })
@Check({ name: 'bookings_buffers_range', expression: 'buffer_before_minutes between 0 and 240 and buffer_after_minutes between 0 and 240' })
@Check({ name: 'bookings_note_length', expression: 'char_length(note) <= 1000' })
@Check({ name: 'bookings_fee_with_currency', expression: "(fee_pence is null) = (fee_currency is null) and fee_pence >= 0 and fee_currency = 'GBP'" })
@Check({ name: 'bookings_idempotency_fingerprint', expression: '(idempotency_key is null) = (request_fingerprint is null)' })
@Check({ name: 'bookings_home_visit_postcode', expression: "(format = 'HOME_VISIT') or visit_postcode is null" })
@Check({ name: 'bookings_reschedule_count_range', expression: 'reschedule_count between 0 and 2' })
@Check({ name: 'bookings_cancellation_only_when_cancelled', expression: "status = 'CANCELLED' or (cancelled_at is null and cancelled_by is null and cancellation_reason is null and not late_cancellation)" })
@Check({ name: 'bookings_cancellation_cutoff_range', expression: `cancellation_cutoff_hours between ${CUTOFF.min} and ${CUTOFF.max}` })
@Check({ name: 'bookings_cancellation_reason_length', expression: 'char_length(cancellation_reason) <= 500' })
@Unique({ name: 'bookings_client_id_idempotency_key_unique', properties: ['clientId', 'idempotencyKey'] })
@Unique({ name: 'bookings_video_room_url_unique', properties: ['videoRoomUrl'] })
@Index({ name: 'bookings_retain_until_index', properties: ['retainUntil'] })
@Index({ name: 'bookings_therapist_id_starts_at_index', properties: ['therapistId', 'startsAt'] })
@Index({ name: 'bookings_client_id_starts_at_index', properties: ['clientId', 'startsAt'] })
// The session-reminders sweep's way in: only confirmed sessions not yet reminded, by start, never the whole table.
@Index({
  name: 'bookings_reminder_due_index',
  properties: ['startsAt'],
  expression: `create index "bookings_reminder_due_index" on "bookings" ("starts_at") where status = 'CONFIRMED' and reminder_recorded_at is null`,
})
@ObjectType({ description: 'A therapy session a client booked with an occupational therapist.' })
@Directive('@key(fields: "id")')
export class Booking {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'subjectRef' | 'retainUntil' | 'bufferBeforeMinutes' | 'bufferAfterMinutes'
    | 'referralSource' | 'note' | 'visitPostcode' | 'feePence' | 'feeCurrency' | 'videoRoomUrl' | 'idempotencyKey' | 'requestFingerprint'
    | 'cancelledBy' | 'cancellationReason' | 'cancelledAt' | 'lateCancellation' | 'rescheduleCount' | 'reminderRecordedAt'
    | 'cancellationCutoffHours' | 'fundingRoute' | 'referralId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the booking.' })
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

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the session starts.' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the session ends; always after `startsAt`.' })
  endsAt!: Date;

  @Enum({ items: () => SessionFormat })
  @Field(() => SessionFormat, { description: 'Whether the session is a home visit or online.' })
  format!: SessionFormat;

  @Enum({ items: () => BookingStatus })
  @Field(() => BookingStatus, { description: 'Where the booking is in its life.' })
  status: BookingStatus = BookingStatus.REQUESTED;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the booking was made.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the booking last changed.' })
  updatedAt: Date = new Date();

  /**
   * The therapist's buffers when the session was booked, copied so a later schedule change does not
   * move existing sessions. The exclusion constraint `bookings_no_overlap` (migration, not expressible
   * here) keeps the widened ranges of a therapist's live bookings (not CANCELLED or DECLINED) apart.
   */
  @Property({ type: 'int', default: 0 })
  bufferBeforeMinutes: number = 0;

  @Property({ type: 'int', default: 0 })
  bufferAfterMinutes: number = 0;

  @Enum({ items: () => ReferralSource, default: ReferralSource.SELF })
  @Field(() => ReferralSource, { description: 'Who referred the client for this session.' })
  referralSource: ReferralSource = ReferralSource.SELF;

  @Enum({ items: () => FundingRoute, default: FundingRoute.SELF_PAY })
  @Field(() => FundingRoute, { description: 'Who pays for the session: the referral it came from decides; SELF_PAY without one.' })
  fundingRoute: FundingRoute = FundingRoute.SELF_PAY;

  /** The referral this first session came from (referrals/), if any. */
  @Property({ type: 'uuid', nullable: true })
  referralId: string | null = null;

  /** The client's note for the therapist (≤ 1000 characters); shown to the two of them only (booking.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** For a home visit: the client's postcode, normalised (`LS6 2AB`); the therapist sees it, nobody else. */
  @Property({ type: 'text', nullable: true })
  visitPostcode: string | null = null;

  /** The listing's fee when the session was booked, in pence: later fee changes do not reach it. */
  @Property({ type: 'int', nullable: true })
  feePence: number | null = null;

  @Property({ type: 'text', nullable: true })
  feeCurrency: string | null = null;

  /** For an online session: its video room, unique to the booking. */
  @Property({ type: 'text', nullable: true })
  videoRoomUrl: string | null = null;

  /** The client's `idempotencyKey` for `createBooking`: one booking per client and key. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  /** Hash of the `createBooking` input sent with `idempotencyKey`, to tell a retry from a different request. */
  @Property({ type: 'text', nullable: true })
  requestFingerprint: string | null = null;

  /** Who called the session off (CANCELLED only). */
  @Enum({ items: () => BookingParty, nullable: true })
  @Field(() => BookingParty, { nullable: true, description: 'Who cancelled the session; null unless CANCELLED.' })
  cancelledBy: BookingParty | null = null;

  /** Why it was called off; shown to the two people in the session only. */
  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the session was cancelled; null unless CANCELLED.' })
  cancelledAt: Date | null = null;

  /**
   * The therapist's cancellation cut-off when the session was booked, in hours, copied so a later policy
   * change never moves the goalposts on it; a move keeps it (lifecycle/cancellation-cutoff.ts).
   */
  @Property({ type: 'int', default: CUTOFF.default })
  cancellationCutoffHours: number = CUTOFF.default;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'True when the client cancelled after `freeCancellationUntil`.' })
  lateCancellation: boolean = false;

  @Property({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many times the session was moved (at most 2).' })
  rescheduleCount: number = 0;

  /**
   * When the session-reminders sweep recorded this session's reminder; null until then, and again once
   * the session moves (the new time gets its own reminder). Not a change to the booking: no version bump.
   */
  @Property({ type: 'timestamptz', nullable: true })
  reminderRecordedAt: Date | null = null;

  /** Optimistic lock: a change made from a stale copy fails instead of overwriting. */
  @Property({ version: true })
  version!: number;
}
