import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type SubgraphContext } from '@caregraph/runtime';
import { User } from './user.entity';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'One user by id, or null when there is none.' })
  user(@Arg('id', () => ID, { description: 'The user\'s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<User | null> {
    return UserService.load(ctx, id);
  }
}
