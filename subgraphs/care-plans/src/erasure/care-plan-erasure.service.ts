import type { EntityManager } from '@mikro-orm/postgresql';
import { eraseClientRecords, type ClinicalRecordTable } from '@caregraph/runtime';
import { retentionFor } from '@caregraph/vocabulary';
import { CarePlanErasureResult } from './care-plan-erasure-result.type';

/**
 * Plans that went beyond a draft are clinical records; their retention clock is their latest change,
 * the period that of a mental-health care record (20 years, @caregraph/vocabulary record-retention).
 */
const CARE_PLAN_RECORDS: ClinicalRecordTable = {
  table: 'care_plans',
  clinical: `r.status <> 'DRAFT'`,
  lastContact: 'updated_at',
  retention: retentionFor('CARE_PLAN'),
};

/**
 * Erases a client's care plans for their account's deletion (UK GDPR art. 17, within the
 * limits of art. 17(3)(c): health records the law requires to be kept). Plans that were put to
 * use are retained without any link to the login; drafts are deleted. Idempotent: a second run
 * finds no plan with this client and changes nothing. Runs in one transaction.
 */
export async function eraseClientCarePlans(em: EntityManager, userId: string): Promise<CarePlanErasureResult> {
  return em.transactional(async (tx) => Object.assign(new CarePlanErasureResult(), await eraseClientRecords(tx, CARE_PLAN_RECORDS, userId)));
}
