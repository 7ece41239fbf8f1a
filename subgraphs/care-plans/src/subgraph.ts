import path from 'node:path';
import { OutboxEvent, RetentionPurge, type SubgraphDefinition } from '@caregraph/runtime';
import { CARE_PLANS_RETENTION } from './retention/retention-targets';
import { riskFlagEscalations } from './notices/risk-flag-escalations';
import { reviewReminders } from './notices/review-reminders';
import { AccessLogResolver } from './access/access-log.resolver';
import { CarePlanAccessEntry } from './access/care-plan-access-entry.entity';
import { ActivityLog } from './activities/activity-log.entity';
import { Activity } from './activities/activity.entity';
import { ActivityResolver } from './activities/activity.resolver';
import { AdminCarePlansResolver } from './care-plans/admin-care-plans.resolver';
import { CarePlan } from './care-plans/care-plan.entity';
import { CarePlanMutationResolver } from './care-plans/care-plan-mutation.resolver';
import { carePlanReference } from './care-plans/care-plan.reference';
import { CarePlanResolver } from './care-plans/care-plan.resolver';
// `CarePlan`'s fields from the feature folders, in the order the SDL lists them (type-graphql keeps load order).
import { CarePlanGoalsResolver } from './goals/care-plan-goals.resolver';
import { CarePlanActivitiesResolver } from './activities/care-plan-activities.resolver';
import { CarePlanReviewsResolver } from './reviews/care-plan-reviews.resolver';
import { CarePlanMeasuresResolver } from './measures/care-plan-measures.resolver';
import { CarePlanTrendsResolver } from './trends/care-plan-trends.resolver';
import { TherapistCarePlansResolver } from './care-plans/therapist-care-plans.resolver';
import { UserCarePlansResolver } from './care-plans/user-care-plans.resolver';
import { CarePlanErasureResolver } from './erasure/care-plan-erasure.resolver';
import { Goal } from './goals/goal.entity';
import { GoalResolver } from './goals/goal.resolver';
import { MeasuresResolver } from './measures/measures.resolver';
import { OpenRiskFlagsResolver } from './measures/open-risk-flags.resolver';
import { EscalatedRiskFlagsResolver } from './measures/escalated-risk-flags.resolver';
import { RiskFlagResolver } from './measures/risk-flag.resolver';
import { QuestionnaireResponse } from './measures/questionnaire-response.entity';
import { RiskFlag } from './measures/risk-flag.entity';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { BookingProgressReviewResolver } from './reviews/booking-progress-review.resolver';
import { ProgressReview } from './reviews/progress-review.entity';
import { ProgressReviewResolver } from './reviews/progress-review.resolver';
import { ReviewGoalUpdate } from './reviews/review-goal-update.entity';
import { seedDemo } from './seed/seed-demo';

/**
 * The care-plans subgraph: owns `CarePlan` with its goals, activities and logs, progress reviews, outcome
 * measures, risk flags (with a therapist's open ones across plans) and the access audit; contributes `User.carePlans`, `Therapist.carePlans`,
 * `Booking.progressReview` and `PersonalDataExport.carePlans`; erases a client's plans for accounts.
 */
export const carePlansSubgraph: SubgraphDefinition = {
  name: 'care-plans',
  envPrefix: 'CARE_PLANS',
  database: 'care_plans',
  defaultPort: 4104,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [CarePlan, Goal, Activity, ActivityLog, QuestionnaireResponse, RiskFlag, ProgressReview, ReviewGoalUpdate, CarePlanAccessEntry, RetentionPurge, OutboxEvent],
  retention: CARE_PLANS_RETENTION,
  // Asked by the delivery worker on its schedule (docs/adr/022).
  sweeps: { 'risk-flag-escalations': riskFlagEscalations, 'review-reminders': reviewReminders },
  resolvers: [
    CarePlanResolver,
    CarePlanGoalsResolver,
    CarePlanActivitiesResolver,
    CarePlanReviewsResolver,
    CarePlanMeasuresResolver,
    CarePlanTrendsResolver,
    CarePlanMutationResolver,
    AdminCarePlansResolver,
    GoalResolver,
    ActivityResolver,
    MeasuresResolver,
    OpenRiskFlagsResolver,
    EscalatedRiskFlagsResolver,
    RiskFlagResolver,
    ProgressReviewResolver,
    BookingProgressReviewResolver,
    AccessLogResolver,
    UserCarePlansResolver,
    TherapistCarePlansResolver,
    PersonalDataExportResolver,
    CarePlanErasureResolver,
  ],
  // Reached only through `_entities` (accounts' `exportMyData` returns it), so named here.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: { ...carePlanReference, ...personalDataExportReference },
  seed: seedDemo,
};
