/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An occupational-therapy approach: the kind of activity sessions are built around. */
export type Approach =
  /** Creative expression: art, craft, writing, music. */
  | 'CREATIVE_EXPRESSION'
  /** Home and workplace assessments, with recommendations. */
  | 'HOME_WORKPLACE_ASSESSMENT'
  /** Life skills: budgeting, meal planning, time management. */
  | 'LIFE_SKILLS'
  /** Mindfulness and relaxation techniques. */
  | 'MINDFULNESS_RELAXATION'
  /** Physical activity: walking, gardening, graded exercise. */
  | 'PHYSICAL_ACTIVITY'
  /** Routine planning: structuring days, sleep and activity. */
  | 'ROUTINE_PLANNING'
  /** Social practice: rebuilding confidence with people and groups. */
  | 'SOCIAL_PRACTICE'
  /** Work rehabilitation: phased returns and workplace adjustments. */
  | 'WORK_REHABILITATION';

/** A mental-health condition an occupational therapist supports recovery from. */
export type Condition =
  /** ADHD and neurodiversity */
  | 'ADHD_NEURODIVERSITY'
  /** Anxiety disorders */
  | 'ANXIETY'
  /** Bipolar disorder */
  | 'BIPOLAR'
  /** Depression and low motivation */
  | 'DEPRESSION_LOW_MOTIVATION'
  /** Eating disorders */
  | 'EATING_DISORDERS'
  /** Schizophrenia and psychosis */
  | 'PSYCHOSIS'
  /** PTSD and trauma */
  | 'PTSD_TRAUMA'
  /** Work-related stress and burnout */
  | 'WORK_STRESS_BURNOUT';

/** A document a person agrees to. Each is versioned; `consentDocuments` lists the versions in force. */
export type ConsentKind =
  /** Explicit consent to process health data (UK GDPR article 9(2)(a)). Without it, no new bookings or care-plan entries can be made for the person. */
  | 'HEALTH_DATA_PROCESSING'
  /** The privacy notice: what Caregraph does with personal data, and the person’s rights. */
  | 'PRIVACY_NOTICE'
  /** The terms of use of Caregraph. */
  | 'TERMS_OF_USE';

/** A new listing, created as a DRAFT. Only the name and HCPC number are needed to start. */
export type CreateTherapistListingInput = {
  /** Approaches you offer. */
  approaches?: Array<Approach> | null | undefined;
  /** What you offer and how you work, in plain text (up to 5000 characters). */
  biography?: string | null | undefined;
  /** Town or city you work from (up to 100 characters). */
  city?: string | null | undefined;
  /** Conditions you support recovery from. Checked: on a published listing the change waits for review. */
  conditions?: Array<Condition> | null | undefined;
  /** Name shown to clients (2 to 100 characters). */
  displayName: string;
  /** Fee per session in pence, GBP (0 to 100000, i.e. up to £1,000). */
  feePence?: number | null | undefined;
  /** Ways sessions can be paid for. */
  fundingOptions?: Array<FundingOption> | null | undefined;
  /** Your gender, or null to not show one. */
  gender?: TherapistGender | null | undefined;
  /** Your HCPC registration number: `OT` and up to 6 digits, e.g. `OT12345`. */
  hcpcNumber: string;
  /** One line under the name (up to 160 characters). */
  headline?: string | null | undefined;
  /** Languages you hold sessions in (up to 10). */
  languages?: Array<Language> | null | undefined;
  /** HTTPS address of a photo of you (up to 500 characters). */
  photoUrl?: string | null | undefined;
  /** Your base postcode, e.g. `LS6 2AB`. Kept private: clients see only its first half (`LS6`). */
  postcode?: string | null | undefined;
  /** How you offer sessions. Checked: on a published listing the change waits for review. */
  sessionFormats?: Array<SessionFormat> | null | undefined;
  /** Length of one session in minutes (15 to 240). */
  sessionMinutes?: number | null | undefined;
  /** How far you travel for home visits, in km from your base postcode (1 to 100). */
  travelRadiusKm?: number | null | undefined;
  /** Years of practice as an occupational therapist (0 to 60). */
  yearsOfExperience?: number | null | undefined;
};

/** ISO 4217 currency of an amount of money. */
export type Currency =
  /** Pound sterling; amounts are in pence. */
  | 'GBP';

/** Other hours on one date, replacing that weekday's hours. */
export type DateOverrideInput = {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Working hours on that date; an empty list for a day off. */
  ranges: Array<TimeRangeInput>;
};

/** A way sessions can be paid for. */
export type FundingOption =
  /** Paid by an employer's scheme, such as an employee assistance programme. */
  | 'EMPLOYER_SCHEME'
  /** Paid by private health insurance. */
  | 'INSURANCE'
  /** Funded by the NHS on referral (GP or community mental-health team). */
  | 'NHS_REFERRAL'
  /** The client pays the fee themselves. */
  | 'SELF_PAY';

/** Where the check of a therapist's HCPC registration stands. */
export type HcpcVerificationStatus =
  /** The registration is no longer valid: its expiry date passed, or an admin found it lapsed. */
  | 'LAPSED'
  /** Not yet checked against the HCPC register (or the number changed since). */
  | 'UNVERIFIED'
  /** An admin found the number on the HCPC register; valid until the register expiry date. */
  | 'VERIFIED';

/** A language sessions can be held in. */
export type Language =
  /** Arabic. */
  | 'ARABIC'
  /** Bengali (including Sylheti). */
  | 'BENGALI'
  /** British Sign Language (BSL). */
  | 'BRITISH_SIGN_LANGUAGE'
  /** Cantonese Chinese. */
  | 'CHINESE_CANTONESE'
  /** Mandarin Chinese. */
  | 'CHINESE_MANDARIN'
  /** English. */
  | 'ENGLISH'
  /** French. */
  | 'FRENCH'
  /** Gujarati. */
  | 'GUJARATI'
  /** Hindi. */
  | 'HINDI'
  /** Irish (Gaeilge). */
  | 'IRISH'
  /** Italian. */
  | 'ITALIAN'
  /** Lithuanian. */
  | 'LITHUANIAN'
  /** Persian (Farsi). */
  | 'PERSIAN'
  /** Polish. */
  | 'POLISH'
  /** Portuguese. */
  | 'PORTUGUESE'
  /** Punjabi. */
  | 'PUNJABI'
  /** Romanian. */
  | 'ROMANIAN'
  /** Scottish Gaelic (Gàidhlig). */
  | 'SCOTTISH_GAELIC'
  /** Somali. */
  | 'SOMALI'
  /** Spanish. */
  | 'SPANISH'
  /** Tamil. */
  | 'TAMIL'
  /** Turkish. */
  | 'TURKISH'
  /** Urdu. */
  | 'URDU'
  /** Welsh (Cymraeg). */
  | 'WELSH';

/** Something that happened to a listing, as recorded in its moderation history. */
export type ListingAction =
  /** An admin approved and published the listing. */
  | 'APPROVED'
  /** An admin approved the pending changes: they are live. */
  | 'CHANGES_APPROVED'
  /** An admin declined the pending changes: the approved values stay. */
  | 'CHANGES_DECLINED'
  /** The therapist edited checked fields of a published listing: the changes wait for review. */
  | 'CHANGES_PROPOSED'
  /** An admin sent the listing back to the therapist with changes to make. */
  | 'CHANGES_REQUESTED'
  /** The therapist created the listing as a DRAFT. */
  | 'CREATED'
  /** An admin recorded that the HCPC registration has lapsed. */
  | 'HCPC_LAPSED'
  /** An admin found the HCPC registration on the register. */
  | 'HCPC_VERIFIED'
  /** The therapist hid their approved listing from the directory. */
  | 'HIDDEN'
  /** An admin lifted a suspension: the listing is APPROVED again. */
  | 'REINSTATED'
  /** An admin refused the listing. */
  | 'REJECTED'
  /** The therapist sent the listing for review (to PENDING_REVIEW). */
  | 'SUBMITTED'
  /** An admin took a published listing out of the directory. */
  | 'SUSPENDED'
  /** The therapist showed their hidden listing in the directory again. */
  | 'UNHIDDEN';

/** Where a therapist's listing is in moderation. */
export type ListingStatus =
  /** Checked and published: clients can find and book the therapist. */
  | 'APPROVED'
  /** Returned to the therapist with changes to make before approval. */
  | 'CHANGES_REQUESTED'
  /** Being written by the therapist; not yet sent for review. */
  | 'DRAFT'
  /** Sent for review: an admin is checking it and the HCPC registration. */
  | 'PENDING_REVIEW'
  /** Refused: the listing will not be published. */
  | 'REJECTED'
  /** Was approved, now hidden from clients while an issue is resolved. */
  | 'SUSPENDED';

/** What a person does on Caregraph. */
export type Role =
  /** Caregraph staff who moderate listings and accounts. */
  | 'ADMIN'
  /** Someone receiving occupational therapy. */
  | 'CLIENT'
  /** An HCPC-registered occupational therapist offering sessions. */
  | 'THERAPIST';

/** A whole schedule; a field left out takes its default. */
export type ScheduleInput = {
  /** How far ahead sessions can be booked, in days (1 to 366; default 60). */
  bookingWindowDays?: number | null | undefined;
  /** Minutes kept free after each session (0 to 240; default 0). */
  bufferAfterMinutes?: number | null | undefined;
  /** Minutes kept free before each session (0 to 240; default 0). */
  bufferBeforeMinutes?: number | null | undefined;
  /** Dates with other hours or a day off (up to 400). */
  dateOverrides?: Array<DateOverrideInput> | null | undefined;
  /** How long ahead a session must be booked, in minutes (0 to 43200; default 1440). */
  minimumNoticeMinutes?: number | null | undefined;
  /** True when new bookings wait for you to confirm them (default false). */
  requiresConfirmation?: boolean | null | undefined;
  /** Length of a session in minutes (15 to 240; default 60). */
  sessionMinutes?: number | null | undefined;
  /** IANA time zone, e.g. `Europe/London` (the default). */
  timeZone?: string | null | undefined;
  /** Weekly working hours (up to 8 ranges a day; none: not bookable). */
  weeklyHours?: Array<WorkingHoursInput> | null | undefined;
};

/** How a therapy session takes place. */
export type SessionFormat =
  /** A session at the therapist's clinic or practice rooms */
  | 'CLINIC'
  /** A session at the client's home */
  | 'HOME_VISIT'
  /** A video session */
  | 'ONLINE';

/** A therapist's gender, shown only when the therapist chooses to give it. */
export type TherapistGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Non-binary. */
  | 'NON_BINARY';

/** A stretch of working time on one day. */
export type TimeRangeInput = {
  /** End, `HH:MM`, after `start`; `24:00` is midnight at the end of the day. */
  end: string;
  /** Start, `HH:MM` (24-hour clock). */
  start: string;
};

/** Changes to a listing; fields left out stay as they are. On a published listing, changes to the checked fields (name, HCPC number, conditions, formats) wait for review. */
export type UpdateTherapistListingInput = {
  /** Approaches you offer. */
  approaches?: Array<Approach> | null | undefined;
  /** What you offer and how you work, in plain text (up to 5000 characters). */
  biography?: string | null | undefined;
  /** Town or city you work from (up to 100 characters). */
  city?: string | null | undefined;
  /** Conditions you support recovery from. Checked: on a published listing the change waits for review. */
  conditions?: Array<Condition> | null | undefined;
  /** Name shown to clients (2 to 100 characters); cannot be removed. */
  displayName?: string | null | undefined;
  /** Fee per session in pence, GBP (0 to 100000, i.e. up to £1,000). */
  feePence?: number | null | undefined;
  /** Ways sessions can be paid for. */
  fundingOptions?: Array<FundingOption> | null | undefined;
  /** Your gender, or null to not show one. */
  gender?: TherapistGender | null | undefined;
  /** HCPC registration number (`OT` and up to 6 digits); cannot be removed. */
  hcpcNumber?: string | null | undefined;
  /** One line under the name (up to 160 characters). */
  headline?: string | null | undefined;
  /** Languages you hold sessions in (up to 10). */
  languages?: Array<Language> | null | undefined;
  /** HTTPS address of a photo of you (up to 500 characters). */
  photoUrl?: string | null | undefined;
  /** Your base postcode, e.g. `LS6 2AB`. Kept private: clients see only its first half (`LS6`). */
  postcode?: string | null | undefined;
  /** How you offer sessions. Checked: on a published listing the change waits for review. */
  sessionFormats?: Array<SessionFormat> | null | undefined;
  /** Length of one session in minutes (15 to 240). */
  sessionMinutes?: number | null | undefined;
  /** How far you travel for home visits, in km from your base postcode (1 to 100). */
  travelRadiusKm?: number | null | undefined;
  /** Years of practice as an occupational therapist (0 to 60). */
  yearsOfExperience?: number | null | undefined;
};

/** A day of the week. */
export type Weekday =
  /** Friday */
  | 'FRIDAY'
  /** Monday */
  | 'MONDAY'
  /** Saturday */
  | 'SATURDAY'
  /** Sunday */
  | 'SUNDAY'
  /** Thursday */
  | 'THURSDAY'
  /** Tuesday */
  | 'TUESDAY'
  /** Wednesday */
  | 'WEDNESDAY';

/** One range of weekly working hours. */
export type WorkingHoursInput = {
  /** End, `HH:MM`, after `start`; `24:00` is midnight at the end of the day. */
  end: string;
  /** Formats offered in this range; leave out for every format. */
  formats?: Array<SessionFormat> | null | undefined;
  /** Start, `HH:MM` (24-hour clock). */
  start: string;
  /** The day of the week. */
  weekday: Weekday;
};

export type TherapistConsentDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistConsentDocumentsQuery = { consentDocuments: Array<{ kind: ConsentKind, version: string, title: string, url: string }> };

export type TherapistVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type TherapistVerifyEmailMutation = { verifyEmail: boolean };

export type TherapistRequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type TherapistRequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type OwnListingFragment = { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null };

export type TherapistOwnListingQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistOwnListingQuery = { me: { id: string, displayName: string, emailVerified: boolean, therapistProfile: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } | null } };

export type TherapistCreateListingMutationVariables = Exact<{
  input: CreateTherapistListingInput;
}>;


export type TherapistCreateListingMutation = { createTherapistListing: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } };

export type TherapistUpdateListingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateTherapistListingInput;
}>;


export type TherapistUpdateListingMutation = { updateTherapistListing: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } };

export type TherapistSubmitListingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type TherapistSubmitListingMutation = { submitTherapistListing: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } };

export type TherapistHideListingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type TherapistHideListingMutation = { hideTherapistListing: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } };

export type TherapistUnhideListingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type TherapistUnhideListingMutation = { unhideTherapistListing: { id: string, displayName: string, headline: string | null, biography: string | null, photoUrl: string | null, yearsOfExperience: number | null, languages: Array<Language>, gender: TherapistGender | null, hcpcNumber: string, conditions: Array<Condition>, approaches: Array<Approach>, sessionFormats: Array<SessionFormat>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, city: string | null, outwardCode: string | null, status: ListingStatus, listed: boolean, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus, verifiedAt: string | null, registerExpiresOn: string | null }, privateDetails: { postcode: string | null, hidden: boolean, reviewRequestedAt: string | null, hcpcVerificationNotes: string | null, pendingChanges: { displayName: string | null, hcpcNumber: string | null, conditions: Array<Condition> | null, sessionFormats: Array<SessionFormat> | null, proposedAt: string } | null, moderationHistory: Array<{ id: string, action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, reason: string | null, occurredAt: string, actor: { id: string, role: Role } }> } | null } };

export type OwnScheduleFragment = { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> };

export type TherapistOwnScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistOwnScheduleQuery = { me: { id: string, therapistProfile: { id: string, status: ListingStatus, listed: boolean, sessionFormats: Array<SessionFormat>, sessionMinutes: number | null, schedule: { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> } | null } | null } };

export type TherapistSetScheduleMutationVariables = Exact<{
  therapistId: string | number;
  expectedVersion?: number | null | undefined;
  input: ScheduleInput;
}>;


export type TherapistSetScheduleMutation = { setTherapistSchedule: { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> } };

export type TherapistAvailabilityPreviewQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  format?: SessionFormat | null | undefined;
}>;


export type TherapistAvailabilityPreviewQuery = { therapist: { id: string, availability: Array<{ startsAt: string, endsAt: string }> } | null };

export type TherapistTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistTodayQuery = { me: { id: string, displayName: string } };

export const OwnListingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnListingFragment, unknown>;
export const OwnScheduleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OwnScheduleFragment, unknown>;
export const TherapistConsentDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistConsentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TherapistConsentDocumentsQuery, TherapistConsentDocumentsQueryVariables>;
export const TherapistVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<TherapistVerifyEmailMutation, TherapistVerifyEmailMutationVariables>;
export const TherapistRequestEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistRequestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"}}]}}]} as unknown as DocumentNode<TherapistRequestEmailVerificationMutation, TherapistRequestEmailVerificationMutationVariables>;
export const TherapistOwnListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistOwnListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistOwnListingQuery, TherapistOwnListingQueryVariables>;
export const TherapistCreateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistCreateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTherapistListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistCreateListingMutation, TherapistCreateListingMutationVariables>;
export const TherapistUpdateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistUpdateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTherapistListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistUpdateListingMutation, TherapistUpdateListingMutationVariables>;
export const TherapistSubmitListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistSubmitListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistSubmitListingMutation, TherapistSubmitListingMutationVariables>;
export const TherapistHideListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistHideListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistHideListingMutation, TherapistHideListingMutationVariables>;
export const TherapistUnhideListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistUnhideListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhideTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistUnhideListingMutation, TherapistUnhideListingMutationVariables>;
export const TherapistOwnScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistOwnSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSchedule"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TherapistOwnScheduleQuery, TherapistOwnScheduleQueryVariables>;
export const TherapistSetScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistSetSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTherapistSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"therapistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSchedule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TherapistSetScheduleMutation, TherapistSetScheduleMutationVariables>;
export const TherapistAvailabilityPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistAvailabilityPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<TherapistAvailabilityPreviewQuery, TherapistAvailabilityPreviewQueryVariables>;
export const TherapistTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TherapistTodayQuery, TherapistTodayQueryVariables>;