import type { SubgraphContext } from '@caregraph/runtime';
import type { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** Resolves `CarePlan` representations from other subgraphs: all of a request's ids in one statement. */
export const carePlanReference = {
  CarePlan: {
    __resolveReference: (reference: { id: string }, ctx: SubgraphContext): Promise<CarePlan | null> =>
      CarePlanService.load(ctx, reference.id),
  },
};
