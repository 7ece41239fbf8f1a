import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOutboxEvent, type Sweep } from '@caregraph/runtime';
import { planTherapist } from './plan-therapist';
import { reviewDueNoticeDays, SWEEP_BATCH_SIZE } from './sweep-settings';

interface ClaimedPlan {
  id: string;
  therapist_id: string;
  therapist_user_id: string | null;
  next_review_due: string;
}

/** The UK calendar day of an instant, as `YYYY-MM-DD` (review dates are UK dates). */
function ukDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Claims one batch of active plans whose review date has come within reach (`due`: on or before
 * `until`, not yet passed) or passed (`overdue`), and that have not been noticed for that date yet; stamps
 * the date noticed, so each review date is said once as due and once as overdue (a new review date after
 * a review is said again). Parameters: today or until, then the batch size.
 */
function claim(stage: 'due' | 'overdue'): string {
  const column = stage === 'due' ? 'review_due_noticed_for' : 'review_overdue_noticed_for';
  const when = stage === 'due' ? 'next_review_due >= ?::date and next_review_due <= ?::date' : 'next_review_due < ?::date';
  return `update care_plans set ${column} = next_review_due where id in (
    select id from care_plans
    where status = 'ACTIVE' and ${when} and ${column} is distinct from next_review_due
    order by next_review_due limit ? for update skip locked
  ) returning id, therapist_id, therapist_user_id, next_review_due::text`;
}

/**
 * The `review-reminders` sweep (docs/adr/022): tells a plan's therapist when its review is due (within
 * REVIEW_DUE_NOTICE_DAYS) and again when it is overdue, once per review date each, in the stamp's
 * transaction. Nothing clinical: the plan's id and the date.
 */
export const reviewReminders: Sweep = async (em: EntityManager, now: Date) => {
  const today = ukDay(now);
  const until = addDays(today, reviewDueNoticeDays());
  let recorded = 0;
  for (const stage of ['overdue', 'due'] as const) {
    for (;;) {
      const batch = await em.fork().transactional(async (tx) => {
        const params = stage === 'due' ? [today, until, SWEEP_BATCH_SIZE] : [today, SWEEP_BATCH_SIZE];
        const plans = await tx.execute<ClaimedPlan[]>(claim(stage), params);
        for (const plan of plans) {
          recordOutboxEvent(tx, stage === 'due' ? 'review.due' : 'review.overdue', {
            recipients: [planTherapist({ therapistId: plan.therapist_id, therapistUserId: plan.therapist_user_id })],
            facts: { carePlanId: plan.id, reviewDue: plan.next_review_due },
          });
        }
        return plans.length;
      });
      recorded += batch;
      if (batch < SWEEP_BATCH_SIZE) break;
    }
  }
  return recorded;
};
