import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { revealToCaller } from '../users/personal-data-visibility';
import { signUp } from './registration.service';
import { SignUpInput } from './sign-up.input';
import { User } from '../users/user.entity';

@Resolver()
export class SignUpResolver {
  constructor(private readonly services: AccountsServices) {}

  @Mutation(() => User, {
    description:
      'Opens an account for a client or a therapist and emails a link to confirm the address. Sign in afterwards with `login`. BAD_USER_INPUT names the field at fault; CONFLICT naming `email` when the address (in any letter case) already has an account.',
  })
  async signUp(@Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput, @Ctx() ctx: SubgraphContext): Promise<User> {
    const user = await signUp(ctx, input, this.services);
    revealToCaller(ctx, user.id);
    return user;
  }
}
