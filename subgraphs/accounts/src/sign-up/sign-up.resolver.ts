import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { signUp } from './registration.service';
import { SignUpInput } from './sign-up.input';

@Resolver()
export class SignUpResolver {
  constructor(private readonly services: AccountsServices) {}

  @Mutation(() => Boolean, {
    description:
      'Opens an account for a client or a therapist and emails a link to confirm the address; then sign in with `login` using the same email and password. Answers true whether or not the address already has an account, so the answer never tells: for a registered address (in any letter case) nothing changes and its owner gets an email instead, with a link to reset a forgotten password. At most 3 sign-up, confirmation and reset emails reach one address an hour (later ones still answer true). BAD_USER_INPUT names the field at fault; RATE_LIMITED after too many sign-ups from one network in an hour.',
  })
  async signUp(@Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    await signUp(ctx, input, this.services);
    return true;
  }
}
