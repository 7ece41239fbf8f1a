import type { OutboxRecipient } from '@caregraph/runtime';
import type { CarePlan } from '../care-plans/care-plan.entity';

/** The plan's therapist as a notice's recipient: their user when the plan knows it, else their listing. */
export function planTherapist(plan: Pick<CarePlan, 'therapistId' | 'therapistUserId'>): OutboxRecipient {
  return plan.therapistUserId ? { kind: 'user', userId: plan.therapistUserId, role: 'THERAPIST' } : { kind: 'therapist', therapistId: plan.therapistId };
}
