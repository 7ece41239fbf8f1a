/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An activity for the client to do between sessions. */
export type ActivityInput = {
  /** The goal of the same plan it works towards, if any. */
  goalId?: string | number | null | undefined;
  /** What to do, in plain words (3–2000 characters). */
  instructions: string;
  /** How often a week the client aims to do it (1–21). */
  timesPerWeek: number;
  /** The kind of activity. */
  type: ActivityType;
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

/** One of the two people in a session. */
export type BookingParty =
  /** The client who booked. */
  | 'CLIENT'
  /** The therapist running the session. */
  | 'THERAPIST';

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

/** A document a person agrees to. Each is versioned; `consentDocuments` lists the versions in force. */
export type ConsentKind =
  /** Explicit consent to process health data (UK GDPR article 9(2)(a)). Without it, no new bookings or care-plan entries can be made for the person. */
  | 'HEALTH_DATA_PROCESSING'
  /** The privacy notice: what Caregraph does with personal data, and the person’s rights. */
  | 'PRIVACY_NOTICE'
  /** The terms of use of Caregraph. */
  | 'TERMS_OF_USE';

/** One problem the client chose, rated 1–10 for performance and satisfaction (COPM style). */
export type CopmRatingInput = {
  /** Performance, 1 (not able) to 10 (extremely well). */
  performance: number;
  /** The everyday activity the client finds hard, in their words (2–200 characters). */
  problem: string;
  /** Satisfaction, 1 (not at all) to 10 (extremely). */
  satisfaction: number;
};

/** A new care plan for a client the therapist has a care relationship with. */
export type CreateCarePlanInput = {
  /** The accounts `User.id` of the client; the therapist must have a booking with them that was not cancelled or declined. */
  clientId: string | number;
  /** The day the plan is meant to end (not before the start). */
  endDate?: string | null | undefined;
  /** The conditions the plan focuses on (up to 8). */
  focusConditions: Array<Condition>;
  /** Goals to start with (up to 10). */
  goals?: Array<GoalInput> | null | undefined;
  /** How often the plan is reviewed, in weeks (1–26, default 4). */
  reviewCadenceWeeks?: number | null | undefined;
  /** The day the plan starts. */
  startDate: string;
  /** What the plan is about, written with the client (1–5000 characters). */
  summary: string;
};

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

/** Why a referral is declined. */
export type DeclineReferralInput = {
  /** Why, 1 to 500 characters: the referrer sees it, so no clinical detail beyond what they sent. */
  reason: string;
  /** The referral. */
  referralId: string | number;
};

/** The discharge summary the therapist writes as care ends: outcome measures at the start and the end, goals achieved and recommendations. */
export type DischargeReferralInput = {
  /** GAD-7 total at the end of care (0–21), if measured. */
  gad7AtEnd?: number | null | undefined;
  /** GAD-7 total at the start of care (0–21), if measured. */
  gad7AtStart?: number | null | undefined;
  /** The goals achieved, in plain words (1 to 2,000 characters). */
  goalsAchieved: string;
  /** PHQ-9 total at the end of care (0–27), if measured. */
  phq9AtEnd?: number | null | undefined;
  /** PHQ-9 total at the start of care (0–27), if measured. */
  phq9AtStart?: number | null | undefined;
  /** Recommendations for the referrer and the person (1 to 2,000 characters). */
  recommendations: string;
  /** The BOOKED referral. */
  referralId: string | number;
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

/** A specific, measurable goal. */
export type GoalInput = {
  /** What area of daily life the goal is about. */
  category: GoalCategory;
  /** What the client wants to achieve, specific and measurable (3–500 characters). */
  description: string;
  /** Where the goal starts: PROPOSED (default) or ACTIVE. */
  status?: GoalStatus | null | undefined;
  /** The day the goal is meant to be reached by: not before the plan starts. */
  targetDate?: string | null | undefined;
};

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

/** A progress review: notes, goal updates and the outcome measures taken. */
export type ProgressReviewInput = {
  /** The completed session the review took place at (yours, with this client). */
  bookingId?: string | number | null | undefined;
  /** COPM-style ratings of up to 5 problems the client chose. */
  copm?: Array<CopmRatingInput> | null | undefined;
  /** GAD-7 completed with the client: seven answers, each 0–3. */
  gad7?: Array<number> | null | undefined;
  /** Goal updates agreed at the review. */
  goalUpdates?: Array<ReviewGoalUpdateInput> | null | undefined;
  /** The therapist's notes of the review (1–10000 characters). */
  notes: string;
  /** PHQ-9 completed with the client: nine answers, each 0–3. */
  phq9?: Array<number> | null | undefined;
  /** When the review took place (default: the session's start, or now); not in the future. */
  reviewedAt?: string | null | undefined;
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

/** One goal's status and achievement as agreed at the review. */
export type ReviewGoalUpdateInput = {
  /** How the client is getting on with it. */
  achievement: GoalAchievement;
  /** A goal of this care plan. */
  goalId: string | number;
  /** The goal's status after the review (unchanged when left out). */
  status?: GoalStatus | null | undefined;
};

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
  /** Hours before a session within which a client's cancellation is late (0 to 168; default 24). Sessions already booked keep the value they were booked under. */
  cancellationCutoffHours?: number | null | undefined;
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

/** Narrows a therapist's bookings; every condition given must hold. With both bounds, the span is at most 93 days. */
export type TherapistBookingFilter = {
  /** Only sessions starting before this instant: after `startsFrom`, and at most 93 days after it. */
  startsBefore?: string | null | undefined;
  /** Only sessions starting at or after this instant. */
  startsFrom?: string | null | undefined;
  /** Only bookings in one of these statuses; every status when left out. */
  statuses?: Array<BookingStatus> | null | undefined;
};

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

/** Changes to an activity; fields left out stay as they are. */
export type UpdateActivityInput = {
  /** False retires the activity (its logs are kept); true brings it back. */
  active?: boolean | null | undefined;
  /** What to do (3–2000 characters). */
  instructions?: string | null | undefined;
  /** How often a week the client aims to do it (1–21). */
  timesPerWeek?: number | null | undefined;
};

/** Changes to a care plan; fields left out stay as they are. */
export type UpdateCarePlanInput = {
  /** The day the plan is meant to end (not before the start). */
  endDate?: string | null | undefined;
  /** The conditions the plan focuses on (up to 8). */
  focusConditions?: Array<Condition> | null | undefined;
  /** How often the plan is reviewed, in weeks (1–26). */
  reviewCadenceWeeks?: number | null | undefined;
  /** The day the plan starts. */
  startDate?: string | null | undefined;
  /** What the plan is about (1–5000 characters). */
  summary?: string | null | undefined;
};

/** Changes to a goal; fields left out stay as they are. */
export type UpdateGoalInput = {
  /** How the client is getting on with it. */
  achievement?: GoalAchievement | null | undefined;
  /** What area of daily life the goal is about. */
  category?: GoalCategory | null | undefined;
  /** What the client wants to achieve (3–500 characters). */
  description?: string | null | undefined;
  /** Where the goal is in its life. */
  status?: GoalStatus | null | undefined;
  /** The day the goal is meant to be reached by: not before the plan starts. */
  targetDate?: string | null | undefined;
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

export type WorkspaceSessionFragment = { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null };

export type WorkspaceBookingsQueryVariables = Exact<{
  filter?: TherapistBookingFilter | null | undefined;
  earliestFirst?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type WorkspaceBookingsQuery = { me: { id: string, therapistProfile: { id: string, bookings: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } }> } } | null } };

export type WorkspaceTherapistIdQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceTherapistIdQuery = { me: { id: string, therapistProfile: { id: string } | null } };

export type ConfirmSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmSessionMutation = { confirmBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type DeclineSessionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineSessionMutation = { declineBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type CancelSessionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelSessionMutation = { cancelBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type CompleteSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteSessionMutation = { completeBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type MarkSessionNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkSessionNoShowMutation = { markBookingNoShow: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type WorkspaceFreeTimesQueryVariables = Exact<{
  therapistId: string | number;
  format?: SessionFormat | null | undefined;
  from: string;
  to: string;
}>;


export type WorkspaceFreeTimesQuery = { therapist: { id: string, availability: Array<{ startsAt: string, endsAt: string }> } | null };

export type MoveSessionMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
}>;


export type MoveSessionMutation = { rescheduleBooking: { id: string, startsAt: string, endsAt: string, format: SessionFormat, status: BookingStatus, note: string | null, videoRoomUrl: string | null, homeVisitPostcode: string | null, referralSource: ReferralSource, movesLeft: number, cancellationReason: string | null, cancelledBy: BookingParty | null, fee: { amountPence: number, currency: Currency } | null, client: { id: string, displayName: string } | null } };

export type WorkspaceCarePlanFragment = { id: string, status: CarePlanStatus, focusConditions: Array<Condition>, summary: string, startDate: string, endDate: string | null, reviewCadenceWeeks: number, lastReviewedOn: string | null, nextReviewDue: string, overdueForReview: boolean, version: number, updatedAt: string, client: { id: string, displayName: string } | null, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement, version: number }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, version: number, goal: { id: string } | null, logs: Array<{ id: string, doneAt: string, mood: number | null, note: string | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, respondent: string, completedAt: string }>, riskFlags: Array<{ id: string, reason: string, raisedAt: string, acknowledgedAt: string | null, action: string | null }>, reviews: Array<{ id: string, reviewedAt: string, notes: string, copmPerformance: number | null, copmSatisfaction: number | null, copmPerformanceMeaningful: boolean, copmSatisfactionMeaningful: boolean, booking: { id: string } | null }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null, meaningfulChange: boolean }> }> } };

export type WorkspaceCarePlanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceCarePlanDetailQuery = { carePlan: { id: string, status: CarePlanStatus, focusConditions: Array<Condition>, summary: string, startDate: string, endDate: string | null, reviewCadenceWeeks: number, lastReviewedOn: string | null, nextReviewDue: string, overdueForReview: boolean, version: number, updatedAt: string, client: { id: string, displayName: string } | null, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement, version: number }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, version: number, goal: { id: string } | null, logs: Array<{ id: string, doneAt: string, mood: number | null, note: string | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, respondent: string, completedAt: string }>, riskFlags: Array<{ id: string, reason: string, raisedAt: string, acknowledgedAt: string | null, action: string | null }>, reviews: Array<{ id: string, reviewedAt: string, notes: string, copmPerformance: number | null, copmSatisfaction: number | null, copmPerformanceMeaningful: boolean, copmSatisfactionMeaningful: boolean, booking: { id: string } | null }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null, meaningfulChange: boolean }> }> } } | null };

export type OpenCarePlanMutationVariables = Exact<{
  input: CreateCarePlanInput;
}>;


export type OpenCarePlanMutation = { createCarePlan: { id: string, status: CarePlanStatus, focusConditions: Array<Condition>, summary: string, startDate: string, endDate: string | null, reviewCadenceWeeks: number, lastReviewedOn: string | null, nextReviewDue: string, overdueForReview: boolean, version: number, updatedAt: string, client: { id: string, displayName: string } | null, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement, version: number }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, version: number, goal: { id: string } | null, logs: Array<{ id: string, doneAt: string, mood: number | null, note: string | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, respondent: string, completedAt: string }>, riskFlags: Array<{ id: string, reason: string, raisedAt: string, acknowledgedAt: string | null, action: string | null }>, reviews: Array<{ id: string, reviewedAt: string, notes: string, copmPerformance: number | null, copmSatisfaction: number | null, copmPerformanceMeaningful: boolean, copmSatisfactionMeaningful: boolean, booking: { id: string } | null }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null, meaningfulChange: boolean }> }> } } };

export type ChangeCarePlanStatusMutationVariables = Exact<{
  id: string | number;
  status: CarePlanStatus;
  expectedVersion: number;
}>;


export type ChangeCarePlanStatusMutation = { setCarePlanStatus: { id: string, status: CarePlanStatus, focusConditions: Array<Condition>, summary: string, startDate: string, endDate: string | null, reviewCadenceWeeks: number, lastReviewedOn: string | null, nextReviewDue: string, overdueForReview: boolean, version: number, updatedAt: string, client: { id: string, displayName: string } | null, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement, version: number }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, version: number, goal: { id: string } | null, logs: Array<{ id: string, doneAt: string, mood: number | null, note: string | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, respondent: string, completedAt: string }>, riskFlags: Array<{ id: string, reason: string, raisedAt: string, acknowledgedAt: string | null, action: string | null }>, reviews: Array<{ id: string, reviewedAt: string, notes: string, copmPerformance: number | null, copmSatisfaction: number | null, copmPerformanceMeaningful: boolean, copmSatisfactionMeaningful: boolean, booking: { id: string } | null }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null, meaningfulChange: boolean }> }> } } };

export type AddPlanGoalMutationVariables = Exact<{
  carePlanId: string | number;
  input: GoalInput;
}>;


export type AddPlanGoalMutation = { addGoal: { id: string } };

export type UpdatePlanGoalMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateGoalInput;
}>;


export type UpdatePlanGoalMutation = { updateGoal: { id: string, status: GoalStatus, achievement: GoalAchievement, version: number } };

export type AddPlanActivityMutationVariables = Exact<{
  carePlanId: string | number;
  input: ActivityInput;
}>;


export type AddPlanActivityMutation = { addActivity: { id: string } };

export type UpdatePlanActivityMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateActivityInput;
}>;


export type UpdatePlanActivityMutation = { updateActivity: { id: string, active: boolean, timesPerWeek: number, instructions: string, version: number } };

export type ChangeCarePlanDetailsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateCarePlanInput;
}>;


export type ChangeCarePlanDetailsMutation = { updateCarePlan: { id: string, status: CarePlanStatus, focusConditions: Array<Condition>, summary: string, startDate: string, endDate: string | null, reviewCadenceWeeks: number, lastReviewedOn: string | null, nextReviewDue: string, overdueForReview: boolean, version: number, updatedAt: string, client: { id: string, displayName: string } | null, goals: Array<{ id: string, description: string, category: GoalCategory, targetDate: string | null, status: GoalStatus, achievement: GoalAchievement, version: number }>, activities: Array<{ id: string, type: ActivityType, timesPerWeek: number, instructions: string, active: boolean, version: number, goal: { id: string } | null, logs: Array<{ id: string, doneAt: string, mood: number | null, note: string | null }> }>, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand, respondent: string, completedAt: string }>, riskFlags: Array<{ id: string, reason: string, raisedAt: string, acknowledgedAt: string | null, action: string | null }>, reviews: Array<{ id: string, reviewedAt: string, notes: string, copmPerformance: number | null, copmSatisfaction: number | null, copmPerformanceMeaningful: boolean, copmSatisfactionMeaningful: boolean, booking: { id: string } | null }>, trends: { measures: Array<{ measure: OutcomeMeasure, points: Array<{ at: string, value: number, band: SeverityBand | null, meaningfulChange: boolean }> }> } } };

export type WorkspaceClientPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceClientPlansQuery = { me: { id: string, therapistProfile: { id: string, carePlans: Array<{ id: string, status: CarePlanStatus, startDate: string, nextReviewDue: string, overdueForReview: boolean, client: { id: string, displayName: string } | null }> } | null } };

export type WorkspaceClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceClientsQuery = { myClients: { totalCount: number, edges: Array<{ node: { completedSessions: number, upcomingSessions: number, lastSessionAt: string | null, client: { id: string, displayName: string }, nextSession: { id: string, startsAt: string } | null } }> } };

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

export type WorkspaceReferralFragment = { id: string, status: ReferralStatus, origin: ReferralOrigin, urgency: ReferralUrgency, fundingRoute: FundingRoute, createdAt: string, statusChangedAt: string, reason: string, conditions: Array<Condition>, referrerName: string, person: { givenName: string, familyName: string, dateOfBirth: string, email: string, phone: string | null } };

export type WorkspaceReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceReferralsQuery = { referralInbox: { totalCount: number, edges: Array<{ node: { id: string, status: ReferralStatus, origin: ReferralOrigin, urgency: ReferralUrgency, fundingRoute: FundingRoute, createdAt: string, statusChangedAt: string, reason: string, conditions: Array<Condition>, referrerName: string, person: { givenName: string, familyName: string, dateOfBirth: string, email: string, phone: string | null } } }> } };

export type WorkspaceAcceptReferralMutationVariables = Exact<{
  referralId: string | number;
}>;


export type WorkspaceAcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, origin: ReferralOrigin, urgency: ReferralUrgency, fundingRoute: FundingRoute, createdAt: string, statusChangedAt: string, reason: string, conditions: Array<Condition>, referrerName: string, person: { givenName: string, familyName: string, dateOfBirth: string, email: string, phone: string | null } } };

export type WorkspaceDeclineReferralMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type WorkspaceDeclineReferralMutation = { declineReferral: { id: string, status: ReferralStatus, origin: ReferralOrigin, urgency: ReferralUrgency, fundingRoute: FundingRoute, createdAt: string, statusChangedAt: string, reason: string, conditions: Array<Condition>, referrerName: string, person: { givenName: string, familyName: string, dateOfBirth: string, email: string, phone: string | null } } };

export type WorkspaceDischargeReferralMutationVariables = Exact<{
  input: DischargeReferralInput;
}>;


export type WorkspaceDischargeReferralMutation = { dischargeReferral: { id: string, status: ReferralStatus, origin: ReferralOrigin, urgency: ReferralUrgency, fundingRoute: FundingRoute, createdAt: string, statusChangedAt: string, reason: string, conditions: Array<Condition>, referrerName: string, person: { givenName: string, familyName: string, dateOfBirth: string, email: string, phone: string | null } } };

export type RecordPlanProgressReviewMutationVariables = Exact<{
  carePlanId: string | number;
  expectedVersion: number;
  input: ProgressReviewInput;
}>;


export type RecordPlanProgressReviewMutation = { recordProgressReview: { id: string, reviewedAt: string, questionnaires: Array<{ id: string, kind: QuestionnaireKind, total: number, severity: SeverityBand }> } };

export type OwnScheduleFragment = { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, cancellationCutoffHours: number, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> };

export type TherapistOwnScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistOwnScheduleQuery = { me: { id: string, therapistProfile: { id: string, status: ListingStatus, listed: boolean, sessionFormats: Array<SessionFormat>, sessionMinutes: number | null, schedule: { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, cancellationCutoffHours: number, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> } | null } | null } };

export type TherapistSetScheduleMutationVariables = Exact<{
  therapistId: string | number;
  expectedVersion?: number | null | undefined;
  input: ScheduleInput;
}>;


export type TherapistSetScheduleMutation = { setTherapistSchedule: { timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, bookingWindowDays: number, sessionMinutes: number, requiresConfirmation: boolean, cancellationCutoffHours: number, updatedAt: string, version: number, weeklyHours: Array<{ weekday: Weekday, start: string, end: string, formats: Array<SessionFormat> | null }>, dateOverrides: Array<{ date: string, ranges: Array<{ start: string, end: string }> }> } };

export type TherapistAvailabilityPreviewQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  format?: SessionFormat | null | undefined;
}>;


export type TherapistAvailabilityPreviewQuery = { therapist: { id: string, availability: Array<{ startsAt: string, endsAt: string }> } | null };

export type TherapistTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistTodayQuery = { me: { id: string, displayName: string, therapistProfile: { id: string } | null }, myOpenRiskFlags: { totalCount: number, edges: Array<{ node: { id: string, reason: string, raisedAt: string, carePlanId: string, client: { id: string, displayName: string } | null } }> }, overdueCarePlanReviews: Array<{ id: string, nextReviewDue: string, lastReviewedOn: string | null, client: { id: string, displayName: string } | null }> };

export type AcknowledgeRiskFlagMutationVariables = Exact<{
  id: string | number;
  action: string;
}>;


export type AcknowledgeRiskFlagMutation = { acknowledgeRiskFlag: { id: string, acknowledgedAt: string | null, action: string | null } };

export const WorkspaceSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WorkspaceSessionFragment, unknown>;
export const WorkspaceCarePlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCarePlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusConditions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformanceMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfactionMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"meaningfulChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCarePlanFragment, unknown>;
export const OwnListingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnListingFragment, unknown>;
export const WorkspaceReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRoute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceReferralFragment, unknown>;
export const OwnScheduleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OwnScheduleFragment, unknown>;
export const WorkspaceBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapistBookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"earliestFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"earliestFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"earliestFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<WorkspaceBookingsQuery, WorkspaceBookingsQueryVariables>;
export const WorkspaceTherapistIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceTherapistId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceTherapistIdQuery, WorkspaceTherapistIdQueryVariables>;
export const ConfirmSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConfirmSessionMutation, ConfirmSessionMutationVariables>;
export const DeclineSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DeclineSessionMutation, DeclineSessionMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const CompleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CompleteSessionMutation, CompleteSessionMutationVariables>;
export const MarkSessionNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSessionNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markBookingNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MarkSessionNoShowMutation, MarkSessionNoShowMutationVariables>;
export const WorkspaceFreeTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceFreeTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceFreeTimesQuery, WorkspaceFreeTimesQueryVariables>;
export const MoveSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"videoRoomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"referralSource"}},{"kind":"Field","name":{"kind":"Name","value":"movesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MoveSessionMutation, MoveSessionMutationVariables>;
export const WorkspaceCarePlanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCarePlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceCarePlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCarePlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusConditions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformanceMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfactionMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"meaningfulChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCarePlanDetailQuery, WorkspaceCarePlanDetailQueryVariables>;
export const OpenCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceCarePlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCarePlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusConditions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformanceMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfactionMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"meaningfulChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCarePlanMutation, OpenCarePlanMutationVariables>;
export const ChangeCarePlanStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCarePlanStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCarePlanStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceCarePlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCarePlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusConditions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformanceMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfactionMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"meaningfulChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCarePlanStatusMutation, ChangeCarePlanStatusMutationVariables>;
export const AddPlanGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carePlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPlanGoalMutation, AddPlanGoalMutationVariables>;
export const UpdatePlanGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanGoalMutation, UpdatePlanGoalMutationVariables>;
export const AddPlanActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carePlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPlanActivityMutation, AddPlanActivityMutationVariables>;
export const UpdatePlanActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanActivityMutation, UpdatePlanActivityMutationVariables>;
export const ChangeCarePlanDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCarePlanDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceCarePlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceCarePlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusConditions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"copmPerformanceMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"copmSatisfactionMeaningful"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"meaningfulChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCarePlanDetailsMutation, ChangeCarePlanDetailsMutationVariables>;
export const WorkspaceClientPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceClientPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueForReview"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceClientPlansQuery, WorkspaceClientPlansQueryVariables>;
export const WorkspaceClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceClientsQuery, WorkspaceClientsQueryVariables>;
export const TherapistConsentDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistConsentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TherapistConsentDocumentsQuery, TherapistConsentDocumentsQueryVariables>;
export const TherapistVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<TherapistVerifyEmailMutation, TherapistVerifyEmailMutationVariables>;
export const TherapistRequestEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistRequestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"}}]}}]} as unknown as DocumentNode<TherapistRequestEmailVerificationMutation, TherapistRequestEmailVerificationMutationVariables>;
export const TherapistOwnListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistOwnListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistOwnListingQuery, TherapistOwnListingQueryVariables>;
export const TherapistCreateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistCreateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTherapistListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistCreateListingMutation, TherapistCreateListingMutationVariables>;
export const TherapistUpdateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistUpdateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTherapistListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistUpdateListingMutation, TherapistUpdateListingMutationVariables>;
export const TherapistSubmitListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistSubmitListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistSubmitListingMutation, TherapistSubmitListingMutationVariables>;
export const TherapistHideListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistHideListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistHideListingMutation, TherapistHideListingMutationVariables>;
export const TherapistUnhideListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistUnhideListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhideTherapistListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnListing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"approaches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOptions"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"outwardCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcVerificationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hcpcNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistUnhideListingMutation, TherapistUnhideListingMutationVariables>;
export const WorkspaceReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"BOOKED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceReferral"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRoute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceReferralsQuery, WorkspaceReferralsQueryVariables>;
export const WorkspaceAcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceAcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRoute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceAcceptReferralMutation, WorkspaceAcceptReferralMutationVariables>;
export const WorkspaceDeclineReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceDeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRoute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceDeclineReferralMutation, WorkspaceDeclineReferralMutationVariables>;
export const WorkspaceDischargeReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceDischargeReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRoute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceDischargeReferralMutation, WorkspaceDischargeReferralMutationVariables>;
export const RecordPlanProgressReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanProgressReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgressReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carePlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carePlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlanProgressReviewMutation, RecordPlanProgressReviewMutationVariables>;
export const TherapistOwnScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistOwnSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFormats"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSchedule"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TherapistOwnScheduleQuery, TherapistOwnScheduleQueryVariables>;
export const TherapistSetScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TherapistSetSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTherapistSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"therapistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"therapistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSchedule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TherapistSetScheduleMutation, TherapistSetScheduleMutationVariables>;
export const TherapistAvailabilityPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistAvailabilityPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<TherapistAvailabilityPreviewQuery, TherapistAvailabilityPreviewQueryVariables>;
export const TherapistTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"therapistProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOpenRiskFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carePlanId"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCarePlanReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TherapistTodayQuery, TherapistTodayQueryVariables>;
export const AcknowledgeRiskFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeRiskFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeRiskFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeRiskFlagMutation, AcknowledgeRiskFlagMutationVariables>;