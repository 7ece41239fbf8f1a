import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid, UserInputError, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { TherapistConnection } from './therapist-connection';
import { Therapist } from './therapist.entity';
import { TherapistListArgs } from './therapist-list.args';
import { TherapistService } from './therapist.service';

/** `therapist(id)`, `therapists(...)` and the reference from a listing to its owner. */
@Resolver(() => Therapist)
export class TherapistResolver {
  @Query(() => Therapist, { nullable: true, description: 'One therapist listing by id, or null when there is none.' })
  therapist(@Arg('id', () => ID, { description: "The listing's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<Therapist | null> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a therapist listing id (a UUID).');
    return TherapistService.load(ctx, id);
  }

  @Query(() => TherapistConnection, { description: 'Therapist listings with one moderation status (APPROVED unless asked otherwise), by display name.' })
  therapists(@Args(() => TherapistListArgs) args: TherapistListArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Therapist>> {
    return new TherapistService(ctx.em).list(args);
  }

  @FieldResolver(() => UserStub, { description: 'The account of the therapist who owns the listing.' })
  user(@Root() therapist: Therapist): UserStub {
    return { id: therapist.userId };
  }
}
