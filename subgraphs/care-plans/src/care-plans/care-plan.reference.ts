import type { SubgraphContext } from '@caregraph/runtime';
import { maySeePlan } from '../access/care-plan-access';
import type { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/**
 * Resolves `CarePlan` representations from other subgraphs: all of a request's ids in one statement. A plan
 * the caller may not see resolves to null, exactly as if it did not exist (docs/adr/012).
 */
export const carePlanReference = {
  CarePlan: {
    __resolveReference: async (reference: { id: string }, ctx: SubgraphContext): Promise<CarePlan | null> => {
      const plan = await CarePlanService.load(ctx, reference.id);
      return plan && maySeePlan(ctx, plan) ? plan : null;
    },
  },
};
