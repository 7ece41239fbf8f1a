import type { SubgraphContext } from '@caregraph/runtime';
import type { Therapist } from './therapist.entity';
import { TherapistService } from './therapist.service';

/**
 * Resolves `Therapist` representations from other subgraphs: all of a request's ids in one
 * statement, with the same visibility as `therapist(id)`. `User` needs no reference resolver
 * here: its only own field, `therapistProfile`, is resolved from the key.
 */
export const therapistReference = {
  Therapist: {
    __resolveReference: (reference: { id: string }, ctx: SubgraphContext): Promise<Therapist | null> =>
      TherapistService.load(ctx, reference.id),
  },
};
