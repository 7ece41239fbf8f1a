import { UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { assertMayEdit } from '../access/care-plan-access';
import { CarePlan } from './care-plan.entity';

/**
 * Loads a plan for a change, refusing anyone but its therapist (or `allowed`). Every write to a plan or
 * to its goals, activities, measures and reviews starts here; it imports none of them.
 */
export async function planForEdit(ctx: SubgraphContext, tx: SubgraphContext['em'], id: string, field = 'id', allowed?: ReadonlyArray<'CLIENT' | 'THERAPIST'>): Promise<CarePlan> {
  if (!isUuid(id)) throw new UserInputError(field, `${field} must be a care plan id (a UUID).`);
  return assertMayEdit(ctx, await tx.findOne(CarePlan, { id }), id, allowed);
}
