import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';

/** An active care plan with one goal, persisted on the next flush; override any field. */
export function makeCarePlan(
  em: EntityManager,
  fields: Partial<Pick<CarePlan, 'clientId' | 'therapistId' | 'status' | 'goals' | 'createdAt' | 'updatedAt'>> = {},
): CarePlan {
  return em.create(CarePlan, {
    clientId: fields.clientId ?? randomUUID(),
    therapistId: fields.therapistId ?? randomUUID(),
    status: fields.status ?? CarePlanStatus.ACTIVE,
    goals: fields.goals ?? ['Plan and cook two simple meals a week'],
    ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
    ...(fields.updatedAt ? { updatedAt: fields.updatedAt } : {}),
  });
}
