import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { Therapist } from './therapist.entity';
import { TherapistService } from './therapist.service';

/** Adds `User.therapistProfile` to the accounts subgraph's `User`. */
@Resolver(() => UserStub)
export class UserTherapistProfileResolver {
  @FieldResolver(() => Therapist, {
    nullable: true,
    description: 'The therapist listing this person owns, or null when they have none. A listing that was never published shows only to its owner and admins.',
  })
  therapistProfile(@Root() user: UserStub, @Ctx() ctx: SubgraphContext): Promise<Therapist | null> {
    return TherapistService.loadByUserId(ctx, user.id);
  }
}
