import type { RetentionPurgeTarget } from '@caregraph/runtime';

/**
 * What the retention purge deletes here: retained care plans past their `retain_until` (set on erasure:
 * the plans' latest change + the CARE_PLAN period of @caregraph/vocabulary). Goals, activities and their
 * logs, reviews, questionnaires and risk flags go with their plan by foreign-key cascade. The access
 * audit (care_plan_access_log) is append-only and is not purged here (docs/adr/012).
 */
export const CARE_PLANS_RETENTION: readonly RetentionPurgeTarget[] = [{ kind: 'CARE_PLAN', table: 'care_plans' }];
