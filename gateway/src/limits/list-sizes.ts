import { DEFAULT_COST_MODEL, type CostModel, type ListSizeRules } from '@caregraph/kernel';

/**
 * Free slots the cost estimate counts per day of a `Therapist.availability` range: one an hour
 * round the clock, or twelve hours of half-hour sessions. Most days yield far fewer (a 60-minute
 * session in an 8-hour day is 8), but schedules may go down to 15-minute sessions, so this errs high.
 */
export const AVAILABILITY_SLOTS_PER_DAY = 24;
/** The longest range `Therapist.availability` accepts (bookings' MAX_AVAILABILITY_DAYS). */
export const AVAILABILITY_MAX_DAYS = 93;

/**
 * How many items each list in the public graph can hold, for the cost estimate (docs/adr/007).
 * Lists with `first`, `last` or `limit` and the lists of the pages and connections such fields
 * return are sized by those arguments; every other list needs a rule here, which
 * gateway/src/limits/list-sizes.suite.ts checks against the supergraph. Assumed sizes are
 * generous bounds of what the list is, not its usual length.
 */
export const LIST_SIZES: ListSizeRules = {
  // A time range: the slots it can yield, per day of the range.
  'Therapist.availability': { kind: 'timeRange', from: 'from', to: 'to', perDay: AVAILABILITY_SLOTS_PER_DAY, maxDays: AVAILABILITY_MAX_DAYS },
  // A therapist's caseload and a client's plans.
  'Therapist.carePlans': { kind: 'assumed', size: 40 },
  'User.carePlans': { kind: 'assumed', size: 10 },
  'Query.overdueCarePlanReviews': { kind: 'assumed', size: 50 },
  // One per consent kind (a handful), documents in force likewise.
  'User.consents': { kind: 'assumed', size: 5 },
  'Query.consentDocuments': { kind: 'assumed', size: 5 },
  // A booking changes state a few times (requested, confirmed, rescheduled at most twice, ended).
  'Booking.history': { kind: 'assumed', size: 10 },
  // What one care plan holds.
  'CarePlan.goals': { kind: 'assumed', size: 20 },
  'CarePlan.activities': { kind: 'assumed', size: 20 },
  'CarePlan.reviews': { kind: 'assumed', size: 20 },
  'CarePlan.questionnaires': { kind: 'assumed', size: 50 },
  'CarePlan.riskFlags': { kind: 'assumed', size: 10 },
  'CarePlanTrends.measures': { kind: 'assumed', size: 5 },
  'CarePlanTrends.goals': { kind: 'assumed', size: 20 },
  'MeasureTrend.points': { kind: 'assumed', size: 50 },
  'GoalTrend.points': { kind: 'assumed', size: 20 },
  // A review: up to 5 COPM problems (MAX_COPM_PROBLEMS), one update per goal, the questionnaires taken with it.
  'ProgressReview.copm': { kind: 'assumed', size: 5 },
  'ProgressReview.goalUpdates': { kind: 'assumed', size: 20 },
  'ProgressReview.questionnaires': { kind: 'assumed', size: 5 },
  // A schedule: up to 8 ranges a day (7 × 8 a week) and its date overrides.
  'Schedule.weeklyHours': { kind: 'assumed', size: 56 },
  'Schedule.dateOverrides': { kind: 'assumed', size: 50 },
  'DateOverride.ranges': { kind: 'assumed', size: 8 },
  // One count per listing status; a listing's moderation history.
  'ListingStats.byStatus': { kind: 'assumed', size: 10 },
  'TherapistPrivateDetails.moderationHistory': { kind: 'assumed', size: 20 },
  // A client's active waitlist entries: at most 5 (bookings' WAITLIST_LIMITS.maxActiveEntries).
  'Query.myWaitlist': { kind: 'assumed', size: 5 },
  // An organisation's people, API clients (at most 20 working, accounts' MAX_ACTIVE_CLIENTS, plus revoked
  // ones) and its latest 100 history entries (accounts' HISTORY_SHOWN); the organisations a person is in.
  'Organisation.members': { kind: 'assumed', size: 50 },
  'Organisation.apiClients': { kind: 'assumed', size: 30 },
  'Organisation.history': { kind: 'assumed', size: 100 },
  'Query.myOrganisations': { kind: 'assumed', size: 5 },
  // A client's referrals: one or two in a life.
  'Query.myReferrals': { kind: 'assumed', size: 5 },
  // An organisation's webhook endpoints: at most 10 (notifications' MAX_ENDPOINTS_PER_ORGANISATION).
  'Query.webhookEndpoints': { kind: 'assumed', size: 10 },
  // An organisation's webhook history: its latest 100 records (notifications' WEBHOOK_HISTORY_SHOWN).
  'Query.webhookHistory': { kind: 'assumed', size: 100 },
  // The notifications one call marks read: at most 100 ids (notifications' MAX_IDS_PER_MARK).
  'Mutation.markNotificationsRead': { kind: 'assumed', size: 100 },
};

/** The gateway's cost model: connections' default page, and the rules above for every unpaginated list. */
export const GATEWAY_COST_MODEL: CostModel = { ...DEFAULT_COST_MODEL, listSizes: LIST_SIZES };
