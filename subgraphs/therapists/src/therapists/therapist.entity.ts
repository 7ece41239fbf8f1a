import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { PublicCache, PUBLIC_LISTING_MAX_AGE } from '@caregraph/runtime';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Approach } from './approach';
import { Condition, Currency, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from './funding-option';
import { HcpcVerificationStatus } from './hcpc-verification-status';
import { Language } from './language';
import { ListingStatus } from './listing-status';
import type { PendingChanges } from './pending-changes';
import { therapistChecks } from './therapist.checks';
import { therapistSearchIndexes } from './therapist.indexes';
import { TherapistGender } from './therapist-gender';

/**
 * A therapist's listing: what clients see when they look for an occupational therapist.
 * One per therapist (`userId` is unique). `userId` is the accounts `User.id`: the graph
 * exposes it as the `user` reference, never as a raw column. Properties without `@Field` are
 * private (exact postcode, verification notes, pending changes): the graph shows them only
 * through `privateDetails`, to the owner and admins. Computed fields (fee, HCPC verification,
 * listed) live in TherapistFieldsResolver.
 */
@Entity({ tableName: 'therapists' })
@therapistChecks()
@therapistSearchIndexes()
@Index({ name: 'therapists_status_display_name_id_index', properties: ['status', 'displayName', 'id'] })
@ObjectType({ description: "An HCPC-registered occupational therapist's listing: who they are, what they help with, where and how they work." })
@Directive('@key(fields: "id")')
@PublicCache(PUBLIC_LISTING_MAX_AGE)
export class Therapist {
  [OptionalProps]?:
    | 'id' | 'headline' | 'biography' | 'photoUrl' | 'yearsOfExperience' | 'languages' | 'gender'
    | 'hcpcVerificationStatus' | 'hcpcVerifiedBy' | 'hcpcVerifiedAt' | 'hcpcRegisterExpiresOn' | 'hcpcVerificationNotes'
    | 'conditions' | 'approaches' | 'sessionFormats' | 'fundingOptions' | 'feePence' | 'currency' | 'sessionMinutes'
    | 'travelRadiusKm' | 'city' | 'postcode' | 'outwardCode' | 'latitude' | 'longitude' | 'status' | 'hidden' | 'listed'
    | 'publishedAt' | 'reviewRequestedAt' | 'pendingChanges' | 'searchVector' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the listing.' })
  id: string = randomUUID();

  /** accounts `User.id` of the therapist who owns the listing. */
  @Property({ type: 'uuid' })
  @Unique({ name: 'therapists_user_id_unique' })
  userId!: string;

  // ---- Who they are ----

  @Property({ length: 100 })
  @Field({ description: 'Name shown to clients. Changes to it on a published listing wait for review.' })
  displayName!: string;

  @Property({ length: 160, nullable: true })
  @Field(() => String, { nullable: true, description: 'One line under the name, e.g. "Small steps back to work after burnout".' })
  headline: string | null = null;

  @Property({ length: 5000, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the therapist offers and how they work, in their own words (plain text).' })
  biography: string | null = null;

  @Property({ length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'HTTPS address of a photo of the therapist.' })
  photoUrl: string | null = null;

  @Property({ type: 'smallint', nullable: true, runtimeType: 'number' })
  @Field(() => Int, { nullable: true, description: 'Years of practice as an occupational therapist.' })
  yearsOfExperience: number | null = null;

  @Enum({ items: () => Language, array: true, default: [] })
  @Field(() => [Language], { description: 'Languages sessions can be held in.' })
  languages: Language[] = [];

  @Enum({ items: () => TherapistGender, nullable: true })
  @Field(() => TherapistGender, { nullable: true, description: "The therapist's gender, or null when they prefer not to say." })
  gender: TherapistGender | null = null;

  // ---- HCPC registration ----

  @Property({ length: 8 })
  @Unique({ name: 'therapists_hcpc_number_unique' })
  @Field({ description: 'HCPC registration number (`OT` and up to 6 digits), checkable on the public HCPC register. Changes to it on a published listing wait for review.' })
  hcpcNumber!: string;

  @Enum({ items: () => HcpcVerificationStatus, default: HcpcVerificationStatus.UNVERIFIED })
  hcpcVerificationStatus: HcpcVerificationStatus = HcpcVerificationStatus.UNVERIFIED;

  /** accounts `User.id` of the admin who verified the registration. */
  @Property({ type: 'uuid', nullable: true })
  hcpcVerifiedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  hcpcVerifiedAt: Date | null = null;

  /** Date the registration is due for renewal on the HCPC register (`YYYY-MM-DD`). */
  @Property({ type: 'date', nullable: true })
  hcpcRegisterExpiresOn: string | null = null;

  /** The admins' notes on the check (private: owner and admins only). */
  @Property({ length: 2000, nullable: true })
  hcpcVerificationNotes: string | null = null;

  // ---- What they offer ----

  @Enum({ items: () => Condition, array: true, default: [] })
  @Field(() => [Condition], { description: 'Conditions the therapist supports recovery from. Changes on a published listing wait for review.' })
  conditions: Condition[] = [];

  @Enum({ items: () => Approach, array: true, default: [] })
  @Field(() => [Approach], { description: 'Approaches the therapist offers.' })
  approaches: Approach[] = [];

  @Enum({ items: () => SessionFormat, array: true, default: [] })
  @Field(() => [SessionFormat], { description: 'How the therapist offers sessions: home visits, online, at a clinic. Changes on a published listing wait for review.' })
  sessionFormats: SessionFormat[] = [];

  @Enum({ items: () => FundingOption, array: true, default: [] })
  @Field(() => [FundingOption], { description: 'Ways sessions can be paid for.' })
  fundingOptions: FundingOption[] = [];

  /** Fee per session in pence (exposed as `fee`, with its currency). */
  @Property({ type: 'integer', nullable: true, runtimeType: 'number' })
  feePence: number | null = null;

  @Enum({ items: () => Currency, default: Currency.GBP, fieldName: 'fee_currency' })
  currency: Currency = Currency.GBP;

  @Property({ type: 'smallint', nullable: true, runtimeType: 'number' })
  @Field(() => Int, { nullable: true, description: 'Length of one session, in minutes.' })
  sessionMinutes: number | null = null;

  @Property({ type: 'smallint', nullable: true, runtimeType: 'number' })
  @Field(() => Int, { nullable: true, description: "How far the therapist travels for home visits, in km from their base (set when they offer home visits)." })
  travelRadiusKm: number | null = null;

  // ---- Where ----

  @Property({ length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Town or city the therapist works from.' })
  city: string | null = null;

  /** The full base postcode, normalised (`LS6 2AB`). Private: only the outward code is public. */
  @Property({ length: 8, nullable: true })
  postcode: string | null = null;

  @Property({ length: 4, nullable: true })
  @Field(() => String, { nullable: true, description: 'Outward part of the base postcode, e.g. `LS6`. The full postcode is never public.' })
  outwardCode: string | null = null;

  /**
   * Centre of the base postcode's district (its outward code), from the geocoder: the point
   * distance search uses. Deliberately not the postcode's own point, so that distances shown
   * to the public reveal no more than the outward code. Never exposed.
   */
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  longitude: number | null = null;

  // ---- Moderation ----

  @Enum({ items: () => ListingStatus, default: ListingStatus.DRAFT })
  @Field(() => ListingStatus, { description: 'Where the listing is in moderation; only APPROVED listings that are not hidden appear in the directory.' })
  status: ListingStatus = ListingStatus.DRAFT;

  /** Hidden by its owner: stays APPROVED but out of the directory. */
  @Property({ default: false })
  hidden: boolean = false;

  /** In the public directory: approved and not hidden. Generated: the search indexes are partial on it. */
  @Property({ generated: "(status = 'APPROVED' and not hidden) stored", lazy: true, hidden: true })
  listed?: boolean;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the listing was first approved and published; null until then.' })
  publishedAt: Date | null = null;

  /** Since when the listing waits in the moderation queue (submitted, or checked fields changed); null when it does not. */
  @Property({ type: 'timestamptz', nullable: true })
  reviewRequestedAt: Date | null = null;

  /** Edits to checked fields of a published listing, waiting for review; the live values stay until approved. */
  @Property({ type: 'json', nullable: true })
  pendingChanges: PendingChanges | null = null;

  /** Weighted full-text document (name A, headline B, biography C) for the directory's free-text search. */
  @Property({
    type: 'tsvector',
    generated:
      "(setweight(to_tsvector('english'::regconfig, coalesce(display_name, '')), 'A') || " +
      "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'B') || " +
      "setweight(to_tsvector('english'::regconfig, coalesce(biography, '')), 'C')) stored",
    lazy: true,
    hidden: true,
  })
  searchVector?: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the listing was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the listing last changed.' })
  updatedAt: Date = new Date();

  /** Optimistic lock: an edit made from a stale copy fails instead of overwriting. */
  @Property({ version: true })
  @Field(() => Int, { description: 'Changes with every edit; pass it back as `expectedVersion` so a change made from a stale copy is refused (CONFLICT).' })
  version!: number;
}
