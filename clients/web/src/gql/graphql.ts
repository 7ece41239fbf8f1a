/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One time the client did an activity. */
export type ActivityLogInput = {
  /** When they did it (default now); not in the future. */
  doneAt?: string | null | undefined;
  /** How they felt afterwards, 1 (very low) to 5 (very good). */
  mood?: number | null | undefined;
  /** A note in their own words (up to 1000 characters). */
  note?: string | null | undefined;
};

/** The kind of activity a client does between sessions. */
export type ActivityType =
  /** Drawing, writing, music, crafts. */
  | 'CREATIVE_EXPRESSION'
  /** Cooking, budgeting, shopping, housework. */
  | 'LIFE_SKILLS'
  /** Breathing, grounding and relaxation practice. */
  | 'MINDFULNESS'
  /** Walking, swimming, gardening, exercise. */
  | 'PHYSICAL_ACTIVITY'
  /** Planning and keeping a daily or weekly routine. */
  | 'ROUTINE_PLANNING'
  /** Small steps of contact with other people. */
  | 'SOCIAL_PRACTICE'
  /** Tasks that rebuild work or study stamina. */
  | 'WORK_REHABILITATION';

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

/** Where a booking is in its life. */
export type BookingStatus =
  /** The client or the therapist called the session off before it started. */
  | 'CANCELLED'
  /** The session took place. */
  | 'COMPLETED'
  /** The therapist accepted the session; it will go ahead. */
  | 'CONFIRMED'
  /** The therapist turned the request down. */
  | 'DECLINED'
  /** The client did not come to the session and did not cancel. */
  | 'NO_SHOW'
  /** The client asked for the session; the therapist has not answered yet. */
  | 'REQUESTED';

/** Where a care plan is in its life. */
export type CarePlanStatus =
  /** The client is working through the plan. */
  | 'ACTIVE'
  /** The plan was stopped before it was completed. */
  | 'CANCELLED'
  /** The plan ran its course: its goals were met or reviewed to a close. */
  | 'COMPLETED'
  /** The therapist and client are still writing the plan; it is not in use yet. */
  | 'DRAFT'
  /** Paused for now (for example during a hospital stay); it can be picked up again. */
  | 'ON_HOLD';

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

/** A version of a document the person agrees to; it must be the version in force (see `consentDocuments`). */
export type ConsentAcceptanceInput = {
  /** Which document. */
  kind: ConsentKind;
  /** The version the person was shown, e.g. `2026-01`. */
  version: string;
};

/** A document a person agrees to. Each is versioned; `consentDocuments` lists the versions in force. */
export type ConsentKind =
  /** Explicit consent to process health data (UK GDPR article 9(2)(a)). Without it, no new bookings or care-plan entries can be made for the person. */
  | 'HEALTH_DATA_PROCESSING'
  /** The privacy notice: what Caregraph does with personal data, and the person’s rights. */
  | 'PRIVACY_NOTICE'
  /** The terms of use of Caregraph. */
  | 'TERMS_OF_USE';

/** A session to book: a free slot from `Therapist.availability`. */
export type CreateBookingInput = {
  /** How the session takes place; the therapist must offer it. */
  format: SessionFormat;
  /** Anything the therapist should know beforehand (up to 1000 characters). Only you and the therapist see it. */
  note?: string | null | undefined;
  /** For a home visit (required then): the full UK postcode of the home, e.g. `LS6 2AB`. */
  postcode?: string | null | undefined;
  /** The ACCEPTED referral (from `myReferrals`) this first session comes from: it becomes BOOKED, and the booking takes its funding route. Must be for the same therapist. */
  referralId?: string | number | null | undefined;
  /** Who referred you. */
  referralSource: ReferralSource;
  /** When the session starts: a `startsAt` from the therapist's availability. */
  startsAt: string;
  /** The therapist listing to book with. */
  therapistId: string | number;
};

/** ISO 4217 currency of an amount of money. */
export type Currency =
  /** Pound sterling; amounts are in pence. */
  | 'GBP';

/** Confirms that you want your account deleted. */
export type DeleteMyAccountInput = {
  /** Your current password, to confirm it is really you. */
  password: string;
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

/** Who pays for the sessions. */
export type FundingRoute =
  /** The client's employer pays (an assistance programme). */
  | 'EMPLOYER'
  /** The client's health insurer pays. */
  | 'INSURER'
  /** A local council pays. */
  | 'LOCAL_AUTHORITY'
  /** The NHS pays (a GP or NHS referral). */
  | 'NHS'
  /** The client pays. */
  | 'SELF_PAY';

/** How the client is getting on with a goal, as last reviewed. */
export type GoalAchievement =
  /** The goal was reached. */
  | 'ACHIEVED'
  /** Getting closer to the goal. */
  | 'IMPROVING'
  /** Being worked on; too early to say. */
  | 'IN_PROGRESS'
  /** The goal was not reached by its end. */
  | 'NOT_ACHIEVED'
  /** No change since the last review. */
  | 'NO_CHANGE'
  /** Moving away from the goal. */
  | 'WORSENING';

/** What area of daily life a goal is about. */
export type GoalCategory =
  /** Money, shopping and cooking. */
  | 'BUDGETING_AND_MEAL_PLANNING'
  /** Making things, exercise, being outdoors. */
  | 'CREATIVE_OR_PHYSICAL_ACTIVITY'
  /** Coping with noise, crowds, light or other sensory overload. */
  | 'MANAGING_SENSORY_TRIGGERS'
  /** Getting up, washed, dressed and out of the door. */
  | 'MORNING_ROUTINE'
  /** Anything else the client wants to work on. */
  | 'OTHER'
  /** Phased return to work, study or volunteering. */
  | 'RETURN_TO_WORK'
  /** Going to bed and getting up at regular times, winding down. */
  | 'SLEEP_ROUTINE'
  /** Meeting people, groups, conversations, going out. */
  | 'SOCIAL_CONFIDENCE'
  /** Planning the day or week, keeping appointments. */
  | 'TIME_MANAGEMENT';

/** Where a goal is in its life. */
export type GoalStatus =
  /** Agreed and being worked on. */
  | 'ACTIVE'
  /** Dropped: no longer relevant. */
  | 'CANCELLED'
  /** Closed after being worked through. */
  | 'COMPLETED'
  /** Paused for now. */
  | 'ON_HOLD'
  /** Suggested, not yet agreed with the client. */
  | 'PROPOSED';

/** Where the check of a therapist's HCPC registration stands. */
export type HcpcVerificationStatus =
  /** The registration is no longer valid: its expiry date passed, or an admin found it lapsed. */
  | 'LAPSED'
  /** Not yet checked against the HCPC register (or the number changed since). */
  | 'UNVERIFIED'
  /** An admin found the number on the HCPC register; valid until the register expiry date. */
  | 'VERIFIED';

/** The therapist, the days you could come and the format you want: you are told when a time opens within them. */
export type JoinWaitlistInput = {
  /** The format you want, which the therapist must give; leave it out for any format. */
  format?: SessionFormat | null | undefined;
  /** The first day you could come: today or later. */
  from: string;
  /** The therapist listing whose diary you want to hear about. */
  therapistId: string | number;
  /** The last day you could come (included): at most 93 days from `from`, first and last counted. */
  to: string;
};

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

/** Search near a place: a UK postcode (or its first half) and a radius. */
export type NearPostcodeInput = {
  /** A full UK postcode (`LS6 2AB`) or an outward code (`LS6`). */
  postcode: string;
  /** How far to look, in km (more than 0, up to 200; default 25). */
  radiusKm?: number;
};

/** An outcome measure a care plan charts over time. */
export type OutcomeMeasure =
  /** Average COPM performance rating, 1–10: higher is better. */
  | 'COPM_PERFORMANCE'
  /** Average COPM satisfaction rating, 1–10: higher is better. */
  | 'COPM_SATISFACTION'
  /** GAD-7 total, 0–21: lower is better. */
  | 'GAD7'
  /** PHQ-9 total, 0–27: lower is better. */
  | 'PHQ9';

/** A completed PHQ-9 or GAD-7: every item answered 0 (not at all) to 3 (nearly every day), in item order. */
export type QuestionnaireInput = {
  /** The answers in item order: 9 for PHQ-9, 7 for GAD-7, each 0–3. */
  answers: Array<number>;
  /** Which questionnaire. */
  kind: QuestionnaireKind;
};

/** A standard self-report questionnaire; every item is answered 0 (not at all) to 3 (nearly every day). */
export type QuestionnaireKind =
  /** GAD-7, anxiety: seven items, total 0–21. */
  | 'GAD7'
  /** PHQ-9, depression: nine items, total 0–27. Any answer above 0 on item 9 raises a risk flag. */
  | 'PHQ9';

/** Where a referral came from. */
export type ReferralOrigin =
  /** The person entered a referral letter from their GP themselves. */
  | 'GP_LETTER'
  /** An organisation's system sent it (a GP practice, an NHS team, an employer's programme, a council). */
  | 'ORGANISATION';

/** Who referred the client for the session. */
export type ReferralSource =
  /** The client's employer referred them (e.g. an employee assistance programme). */
  | 'EMPLOYER'
  /** The client's GP referred them. */
  | 'GP'
  /** A local council referred them (e.g. adult social care). */
  | 'LOCAL_COUNCIL'
  /** An NHS community mental-health team referred them. */
  | 'NHS_CMHT'
  /** The client referred themselves. */
  | 'SELF';

/** Where a referral is: SUBMITTED → ACCEPTED or DECLINED → BOOKED → DISCHARGED, or WITHDRAWN by the referrer before it is booked. */
export type ReferralStatus =
  /** The therapist will see the person; they can book their first session. */
  | 'ACCEPTED'
  /** The person has booked their first session. */
  | 'BOOKED'
  /** The therapist cannot take the person on (the reason says why). */
  | 'DECLINED'
  /** Care has ended; the therapist has written the discharge summary. */
  | 'DISCHARGED'
  /** Sent; the therapist has not decided yet. */
  | 'SUBMITTED'
  /** The referrer withdrew it before it was booked. */
  | 'WITHDRAWN';

/** How soon the referrer asks for the person to be seen. Caregraph is not a crisis service: for risk to life, use 999 or the local NHS crisis line. */
export type ReferralUrgency =
  /** Within the usual waiting time. */
  | 'ROUTINE'
  /** Within two weeks. */
  | 'SOON'
  /** Within a few days. */
  | 'URGENT';

/** How a therapy session takes place. */
export type SessionFormat =
  /** A session at the therapist's clinic or practice rooms */
  | 'CLINIC'
  /** A session at the client's home */
  | 'HOME_VISIT'
  /** A video session */
  | 'ONLINE';

/** The severity band of a questionnaire total. */
export type SeverityBand =
  /** PHQ-9 5–9, GAD-7 5–9. */
  | 'MILD'
  /** PHQ-9 0–4, GAD-7 0–4. */
  | 'MINIMAL'
  /** PHQ-9 10–14, GAD-7 10–14. */
  | 'MODERATE'
  /** PHQ-9 15–19 (GAD-7 has no such band). */
  | 'MODERATELY_SEVERE'
  /** PHQ-9 20–27, GAD-7 15–21. */
  | 'SEVERE';

/** A referral letter from your GP, entered by you: the therapist sees it as a referral. */
export type SubmitGpLetterInput = {
  /** What the letter names (at most 10). */
  conditions: Array<Condition>;
  /** Your date of birth (YYYY-MM-DD): 16 or older. */
  dateOfBirth: string;
  /** Your family name as on the letter, 1 to 100 characters. */
  familyName: string;
  /** Who pays: NHS when the letter refers you under the NHS. */
  fundingRoute?: FundingRoute;
  /** Your given name as on the letter, 1 to 100 characters. */
  givenName: string;
  /** The date on the letter (YYYY-MM-DD): not in the future, and within the last year. */
  letterDate: string;
  /** What the letter says you are referred for, in your words or the letter's, 1 to 2,000 characters. */
  reason: string;
  /** Who wrote the letter, e.g. "Dr A. Example, Northside Surgery", 2 to 120 characters. */
  referrerName: string;
  /** The therapist listing (from the directory) you want to see; it must be taking bookings. */
  therapistId: string | number;
  /** How soon the letter asks for you to be seen. */
  urgency: ReferralUrgency;
};

/** A therapist's gender, shown only when the therapist chooses to give it. */
export type TherapistGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Non-binary. */
  | 'NON_BINARY';

/** Directory search filters. A listing must match every filter given. */
export type TherapistSearchFilter = {
  /** Listings supporting all of these conditions. */
  conditions?: Array<Condition> | null | undefined;
  /** Listings offering this format. With `near` and HOME_VISIT, only therapists whose travel radius reaches the place. */
  format?: SessionFormat | null | undefined;
  /** Listings accepting this way of paying. */
  funding?: FundingOption | null | undefined;
  /** Listings of therapists of this gender. */
  gender?: TherapistGender | null | undefined;
  /** Listings offering sessions in this language. */
  language?: Language | null | undefined;
  /** Listings whose fee per session is at most this many pence. */
  maxFeePence?: number | null | undefined;
  /** Listings within a radius of a postcode; results then carry their distance. */
  near?: NearPostcodeInput | null | undefined;
  /** Free text over name, headline and biography (web-search syntax: `"exact phrase"`, `-exclude`, `or`). Up to 200 characters. */
  text?: string | null | undefined;
};

/** How directory search results are ordered. */
export type TherapistSearchSort =
  /** Nearest first. Needs `filter.near`. */
  | 'DISTANCE'
  /** Lowest fee per session first. */
  | 'FEE'
  /** Most recently published first. */
  | 'NEWEST';

export type ConsentDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentDocumentsQuery = { consentDocuments: Array<{ kind: ConsentKind, version: string, title: string, url: string }> };

export type WebVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type WebVerifyEmailMutation = { verifyEmail: boolean };

export type BookingSummaryFragment = { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, movesLeft: number, lateCancellation: boolean, freeCancellationUntil: string, homeVisitPostcode: string | null, videoRoomUrl: string | null, cancelledAt: string | null, fee: { amountPence: number, currency: Currency } | null, therapist: { id: string, displayName: string } };

export type CreateBookingMutationVariables = Exact<{
  idempotencyKey: string;
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { createBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, movesLeft: number, lateCancellation: boolean, freeCancellationUntil: string, homeVisitPostcode: string | null, videoRoomUrl: string | null, cancelledAt: string | null, fee: { amountPence: number, currency: Currency } | null, therapist: { id: string, displayName: string } } };

export type MyBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyBookingsQuery = { me: { id: string, bookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, movesLeft: number, lateCancellation: boolean, freeCancellationUntil: string, homeVisitPostcode: string | null, videoRoomUrl: string | null, cancelledAt: string | null, fee: { amountPence: number, currency: Currency } | null, therapist: { id: string, displayName: string } } }> } } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, movesLeft: number, lateCancellation: boolean, freeCancellationUntil: string, homeVisitPostcode: string | null, videoRoomUrl: string | null, cancelledAt: string | null, fee: { amountPence: number, currency: Currency } | null, therapist: { id: string, displayName: string } } };

export type RescheduleBookingMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type RescheduleBookingMutation = { rescheduleBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, movesLeft: number, lateCancellation: boolean, freeCancellationUntil: string, homeVisitPostcode: string | null, videoRoomUrl: string | null, cancelledAt: string | null, fee: { amountPence: number, currency: Currency } | null, therapist: { id: string, displayName: string } } };

export type NewActivityLogFragment = { id: string, doneAt: string, mood: number | null };

export type MyCarePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCarePlansQuery = { me: { id: string, carePlans: Array<{ id: string, status: CarePlanStatus, summary: string, startDate: string, endDate: string | null, nextReviewDue: string, therapist: { id: string, displayName: string }, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, logs: Array<{ id: string, doneAt: string, mood: number | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, completedAt: string }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null }> }> } }> } };

export type LogActivityMutationVariables = Exact<{
  activityId: string | number;
  input?: ActivityLogInput | null | undefined;
}>;


export type LogActivityMutation = { logActivity: { id: string, doneAt: string, mood: number | null } };

export type SubmitQuestionnaireMutationVariables = Exact<{
  carePlanId: string | number;
  input: QuestionnaireInput;
}>;


export type SubmitQuestionnaireMutation = { submitQuestionnaire: { id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, completedAt: string } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { id: string, displayName: string, email: string | null, emailVerified: boolean, hasHealthDataConsent: boolean | null, consents: Array<{ kind: ConsentKind, given: boolean, upToDate: boolean, version: string | null, currentVersion: string, changedAt: string | null }> | null } };

export type AcceptConsentsMutationVariables = Exact<{
  input: Array<ConsentAcceptanceInput> | ConsentAcceptanceInput;
}>;


export type AcceptConsentsMutation = { acceptConsents: { id: string, hasHealthDataConsent: boolean | null, consents: Array<{ kind: ConsentKind, given: boolean, upToDate: boolean, version: string | null, currentVersion: string, changedAt: string | null }> | null } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: { userId: string, generatedAt: string, account: Record<string, unknown>, therapistListing: Record<string, unknown> | null, bookings: Array<Record<string, unknown>>, waitlist: Array<Record<string, unknown>>, carePlans: Array<Record<string, unknown>> } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: { deletedRecords: number, retainedRecords: number, clinicalRecordsRetainedUntil: string | null } };

export type MyReferralFragment = { id: string, status: ReferralStatus, origin: ReferralOrigin, createdAt: string, statusChangedAt: string, referrerName: string, declineReason: string | null, therapist: { id: string, displayName: string }, dischargeSummary: { phq9AtStart: number | null, phq9AtEnd: number | null, gad7AtStart: number | null, gad7AtEnd: number | null, goalsAchieved: string, recommendations: string, writtenAt: string, sharedWithReferrer: boolean } | null };

export type MyReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralsQuery = { myReferrals: Array<{ id: string, status: ReferralStatus, origin: ReferralOrigin, createdAt: string, statusChangedAt: string, referrerName: string, declineReason: string | null, therapist: { id: string, displayName: string }, dischargeSummary: { phq9AtStart: number | null, phq9AtEnd: number | null, gad7AtStart: number | null, gad7AtEnd: number | null, goalsAchieved: string, recommendations: string, writtenAt: string, sharedWithReferrer: boolean } | null }> };

export type ShareDischargeSummaryMutationVariables = Exact<{
  referralId: string | number;
  share: boolean;
}>;


export type ShareDischargeSummaryMutation = { shareDischargeSummary: { id: string, status: ReferralStatus, origin: ReferralOrigin, createdAt: string, statusChangedAt: string, referrerName: string, declineReason: string | null, therapist: { id: string, displayName: string }, dischargeSummary: { phq9AtStart: number | null, phq9AtEnd: number | null, gad7AtStart: number | null, gad7AtEnd: number | null, goalsAchieved: string, recommendations: string, writtenAt: string, sharedWithReferrer: boolean } | null } };

export type SubmitGpLetterMutationVariables = Exact<{
  input: SubmitGpLetterInput;
  idempotencyKey: string;
}>;


export type SubmitGpLetterMutation = { submitGpLetter: { id: string, status: ReferralStatus, origin: ReferralOrigin, createdAt: string, statusChangedAt: string, referrerName: string, declineReason: string | null, therapist: { id: string, displayName: string }, dischargeSummary: { phq9AtStart: number | null, phq9AtEnd: number | null, gad7AtStart: number | null, gad7AtEnd: number | null, goalsAchieved: string, recommendations: string, writtenAt: string, sharedWithReferrer: boolean } | null } };

export type TherapistCardFragment = { id: string, displayName: string, headline: string | null, city: string | null, outwardCode: string | null, conditions: Array<Condition>, sessionFormats: Array<SessionFormat>, languages: Array<Language>, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus }, nextAvailableSlot: { startsAt: string, endsAt: string } | null };

export type SearchTherapistsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TherapistSearchFilter | null | undefined;
  sort?: TherapistSearchSort | null | undefined;
}>;


export type SearchTherapistsQuery = { searchTherapists: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, distanceKm: number | null, node: { id: string, displayName: string, headline: string | null, city: string | null, outwardCode: string | null, conditions: Array<Condition>, sessionFormats: Array<SessionFormat>, languages: Array<Language>, fee: { amountPence: number, currency: Currency } | null, hcpcVerification: { status: HcpcVerificationStatus }, nextAvailableSlot: { startsAt: string, endsAt: string } | null } }> } };

export type SitemapListingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SitemapListingsQuery = { searchTherapists: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, city: string | null } }> } };

export type TherapistProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type TherapistProfileQuery = { therapist: { biography: string | null, yearsOfExperience: number | null, approaches: Array<Approach>, fundingOptions: Array<FundingOption>, sessionMinutes: number | null, travelRadiusKm: number | null, hcpcNumber: string, listed: boolean, id: string, displayName: string, headline: string | null, city: string | null, outwardCode: string | null, conditions: Array<Condition>, sessionFormats: Array<SessionFormat>, languages: Array<Language>, cancellationPolicy: { freeCancellationHours: number } | null, hcpcVerification: { status: HcpcVerificationStatus, registerExpiresOn: string | null }, fee: { amountPence: number, currency: Currency } | null, nextAvailableSlot: { startsAt: string, endsAt: string } | null } | null };

export type TherapistAvailabilityQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  format?: SessionFormat | null | undefined;
}>;


export type TherapistAvailabilityQuery = { therapist: { id: string, availability: Array<{ startsAt: string, endsAt: string }> } | null };

export type WaitlistEntryFieldsFragment = { id: string, from: string, to: string, format: SessionFormat | null, joinedAt: string, lastNotifiedAt: string | null, therapist: { id: string, displayName: string } };

export type MyWaitlistQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitlistQuery = { myWaitlist: Array<{ id: string, from: string, to: string, format: SessionFormat | null, joinedAt: string, lastNotifiedAt: string | null, therapist: { id: string, displayName: string } }> };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { joinWaitlist: { id: string, from: string, to: string, format: SessionFormat | null, joinedAt: string, lastNotifiedAt: string | null, therapist: { id: string, displayName: string } } };

export type LeaveWaitlistMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveWaitlistMutation = { leaveWaitlist: { id: string, endedAt: string | null } };

export const BookingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"freeCancellationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<BookingSummaryFragment, unknown>;
export const NewActivityLogFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewActivityLog"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}}]}}]} as unknown as DocumentNode<NewActivityLogFragment, unknown>;
export const MyReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phq9AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"phq9AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithReferrer"}}]}}]}}]} as unknown as DocumentNode<MyReferralFragment, unknown>;
export const TherapistCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TherapistCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAvailableSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<TherapistCardFragment, unknown>;
export const WaitlistEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WaitlistEntryFieldsFragment, unknown>;
export const ConsentDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConsentDocumentsQuery, ConsentDocumentsQueryVariables>;
export const WebVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<WebVerifyEmailMutation, WebVerifyEmailMutationVariables>;
export const CreateBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"freeCancellationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const MyBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"freeCancellationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"freeCancellationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const RescheduleBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"freeCancellationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RescheduleBookingMutation, RescheduleBookingMutationVariables>;
export const MyCarePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCarePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCarePlansQuery, MyCarePlansQueryVariables>;
export const LogActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityLogInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}}]}}]}}]} as unknown as DocumentNode<LogActivityMutation, LogActivityMutationVariables>;
export const SubmitQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carePlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitQuestionnaireMutation, SubmitQuestionnaireMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"hasHealthDataConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const AcceptConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentAcceptanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasHealthDataConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptConsentsMutation, AcceptConsentsMutationVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"therapistListing"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"carePlans"}}]}}]}}]} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"retainedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalRecordsRetainedUntil"}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const MyReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phq9AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"phq9AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithReferrer"}}]}}]}}]} as unknown as DocumentNode<MyReferralsQuery, MyReferralsQueryVariables>;
export const ShareDischargeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareDischargeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"share"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareDischargeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"share"},"value":{"kind":"Variable","name":{"kind":"Name","value":"share"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phq9AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"phq9AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithReferrer"}}]}}]}}]} as unknown as DocumentNode<ShareDischargeSummaryMutation, ShareDischargeSummaryMutationVariables>;
export const SubmitGpLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGpLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitGpLetterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGpLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phq9AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"phq9AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtStart"}},{"kind":"Field","name":{"kind":"Name","value":"gad7AtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithReferrer"}}]}}]}}]} as unknown as DocumentNode<SubmitGpLetterMutation, SubmitGpLetterMutationVariables>;
export const SearchTherapistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTherapists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapistSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapistSearchSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTherapists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TherapistCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TherapistCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAvailableSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<SearchTherapistsQuery, SearchTherapistsQueryVariables>;
export const SitemapListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapListings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTherapists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SitemapListingsQuery, SitemapListingsQueryVariables>;
export const TherapistProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TherapistCard"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeCancellationHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TherapistCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAvailableSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<TherapistProfileQuery, TherapistProfileQueryVariables>;
export const TherapistAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<TherapistAvailabilityQuery, TherapistAvailabilityQueryVariables>;
export const MyWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyWaitlistQuery, MyWaitlistQueryVariables>;
export const JoinWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const LeaveWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;