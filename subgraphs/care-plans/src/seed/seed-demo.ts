import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/runtime/demo';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';

/** Inserts the demo care plans when the table is empty. */
export async function seedDemo(em: EntityManager): Promise<number> {
  if ((await em.count(CarePlan)) > 0) return 0;
  const { carePlans } = demoRoster();
  for (const demo of carePlans) {
    em.create(CarePlan, {
      id: demo.id,
      clientId: demo.clientId,
      therapistId: demo.therapistId,
      status: demo.status as CarePlanStatus,
      goals: demo.goals,
    });
  }
  await em.flush();
  return carePlans.length;
}
