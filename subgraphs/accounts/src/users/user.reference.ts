import type { SubgraphContext } from '@caregraph/runtime';
import type { User } from './user.entity';
import { UserService } from './user.service';

/** Resolves `User` representations from other subgraphs: all of a request's ids in one statement. */
export const userReference = {
  User: {
    __resolveReference: (reference: { id: string }, ctx: SubgraphContext): Promise<User | null> =>
      UserService.load(ctx, reference.id),
  },
};
