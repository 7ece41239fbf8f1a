import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOutboxEvent, type Sweep } from '@caregraph/runtime';
import { riskFlagEscalationHours, SWEEP_BATCH_SIZE } from './sweep-settings';

/**
 * The `risk-flag-escalations` sweep (docs/adr/022): open risk flags nobody has acknowledged for
 * RISK_FLAG_ESCALATION_HOURS are stamped `escalated_at` and every admin is told, one notice per flag, in
 * the stamp's transaction. Claimed `FOR UPDATE SKIP LOCKED` through a partial index, so two sweeps at once
 * escalate each flag once. Nothing clinical: the flag's and the plan's ids.
 */
export const riskFlagEscalations: Sweep = async (em: EntityManager, now: Date) => {
  const cutoff = new Date(now.getTime() - riskFlagEscalationHours() * 3_600_000);
  let recorded = 0;
  for (;;) {
    const batch = await em.fork().transactional(async (tx) => {
      const rows = await tx.execute<Array<{ id: string; care_plan_id: string }>>(
        `update care_plan_risk_flags set escalated_at = ? where id in (
           select id from care_plan_risk_flags
           where acknowledged_at is null and escalated_at is null and raised_at <= ?
           order by raised_at limit ? for update skip locked
         ) returning id, care_plan_id`,
        [now, cutoff, SWEEP_BATCH_SIZE],
      );
      for (const row of rows) recordOutboxEvent(tx, 'risk-flag.escalated', { recipients: [{ kind: 'admins' }], facts: { riskFlagId: row.id, carePlanId: row.care_plan_id } });
      return rows.length;
    });
    recorded += batch;
    if (batch < SWEEP_BATCH_SIZE) return recorded;
  }
};
