import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import type { StoredDischargeSummary } from './discharge-summary';
import { FundingRoute, ReferralOrigin, ReferralStatus, ReferralUrgency } from './referral-enums';

/**
 * A request from an organisation (a GP practice, an NHS team, an employer's programme, a council) that a
 * therapist see a person, or a GP's letter the person entered themselves (no organisation then: the person is
 * linked from the start, and nothing is told to any organisation). Holds health data (the reason, the conditions) and the person's contact details:
 * shown in full only to the therapist it is addressed to and to the person once linked; the referrer's
 * system sees its states (referral-access.ts). `clientId` is set when the person, signed in with the
 * e-mail address the referral gives (verified), first looks at their referrals.
 */
@Entity({ tableName: 'referrals' })
@Check({ name: 'referrals_reason_length', expression: 'char_length(reason) between 1 and 2000' })
@Check({ name: 'referrals_decline_reason_when_declined', expression: "(status = 'DECLINED') = (decline_reason is not null)" })
@Check({ name: 'referrals_summary_when_discharged', expression: "(status = 'DISCHARGED') = (discharge_summary is not null)" })
@Check({ name: 'referrals_booking_when_booked', expression: "(booking_id is not null) = (status in ('BOOKED', 'DISCHARGED'))" })
@Check({ name: 'referrals_from_an_organisation_or_a_letter', expression: '(organisation_id is null) = (api_client_id is null) and (organisation_id is null) = (letter_date is not null) and (organisation_id is not null or client_id is not null)' })
@Unique({ name: 'referrals_organisation_id_idempotency_key_unique', properties: ['organisationId', 'idempotencyKey'] })
@Index({
  name: 'referrals_gp_letter_idempotency_key_unique',
  expression: 'create unique index "referrals_gp_letter_idempotency_key_unique" on "referrals" ("client_id", "idempotency_key") where "organisation_id" is null',
})
@Index({ name: 'referrals_therapist_id_status_index', properties: ['therapistId', 'status'] })
@Index({ name: 'referrals_organisation_id_created_at_index', properties: ['organisationId', 'createdAt'] })
@Index({ name: 'referrals_person_email_index', expression: 'create index "referrals_person_email_index" on "referrals" (lower("person_email")) where "client_id" is null' })
@ObjectType({ description: 'A request from an organisation that a therapist see a person. Its content is health data: the therapist it is addressed to and the person themselves see it; the referrer sees its states.' })
export class Referral {
  [OptionalProps]?: 'id' | 'status' | 'clientId' | 'declineReason' | 'bookingId' | 'createdAt' | 'updatedAt' | 'statusChangedAt' | 'personPhone' | 'dischargeSummary' | 'summarySharedAt' | 'organisationId' | 'apiClientId' | 'letterDate' | 'origin';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the referral.' })
  id: string = randomUUID();

  /** The organisation that referred (accounts `Organisation.id`); null for a GP letter the person entered. */
  @Property({ type: 'uuid', nullable: true })
  organisationId: string | null = null;

  /** The organisation's API client that sent it; null for a GP letter. */
  @Property({ type: 'uuid', nullable: true })
  apiClientId: string | null = null;

  /** For a GP letter the person entered themselves: the date on the letter; null for an organisation's referral. */
  @Property({ type: 'date', nullable: true })
  letterDate: string | null = null;

  /** The referring organisation's key for this referral: the same key again returns the same referral. */
  @Property({ length: 200 })
  idempotencyKey!: string;

  @Property({ length: 64 })
  requestFingerprint!: string;

  /** The therapist listing it is addressed to (therapists `Therapist.id`). */
  @Property({ type: 'uuid' })
  therapistId!: string;

  /** The person's account once linked (accounts `User.id`); null until then. */
  @Property({ type: 'uuid', nullable: true })
  clientId: string | null = null;

  @Property({ length: 100 })
  personGivenName!: string;

  @Property({ length: 100 })
  personFamilyName!: string;

  @Property({ type: 'date' })
  personDateOfBirth!: string;

  @Property({ length: 254 })
  personEmail!: string;

  @Property({ length: 30, nullable: true })
  personPhone: string | null = null;

  /** When the person agreed to be referred, as the referrer recorded it. */
  @Property({ type: 'timestamptz' })
  personConsentedAt!: Date;

  @Property({ length: 120 })
  referrerName!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text[]' })
  conditions!: string[];

  @Field(() => ReferralOrigin, { description: "Where it came from: an organisation's system, or a GP's letter the person entered themselves." })
  get origin(): ReferralOrigin {
    return this.organisationId ? ReferralOrigin.ORGANISATION : ReferralOrigin.GP_LETTER;
  }

  @Enum({ items: () => ReferralUrgency })
  @Field(() => ReferralUrgency, { description: 'How soon the referrer asks for the person to be seen.' })
  urgency!: ReferralUrgency;

  @Enum({ items: () => FundingRoute })
  @Field(() => FundingRoute, { description: 'Who pays for the sessions it leads to; the first booking records it.' })
  fundingRoute!: FundingRoute;

  @Enum({ items: () => ReferralStatus })
  @Field(() => ReferralStatus, { description: 'Where the referral is.' })
  status: ReferralStatus = ReferralStatus.SUBMITTED;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** The first booking it led to (set as it becomes BOOKED). */
  @Property({ type: 'uuid', nullable: true })
  bookingId: string | null = null;

  /** The therapist's summary at discharge (discharge-summary.ts); null until DISCHARGED. */
  @Property({ type: 'json', nullable: true })
  dischargeSummary: StoredDischargeSummary | null = null;

  /** When the person agreed to share the discharge summary with the referrer; null while they have not. */
  @Property({ type: 'timestamptz', nullable: true })
  summarySharedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was sent.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When its status last changed.' })
  statusChangedAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
