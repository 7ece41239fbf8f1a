import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { RequestPasswordResetArgs, ResetPasswordInput } from './password-reset.input';
import { requestPasswordReset, resetPassword } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly services: AccountsServices) {}

  @Mutation(() => Boolean, {
    description:
      'Sends a password-reset link to the address if it belongs to an account. Always answers true, so the answer never tells whether an account exists. The link works once, for 1 hour. At most 3 sign-up, confirmation and reset emails reach one address an hour: beyond that it still answers true but sends nothing.',
  })
  async requestPasswordReset(@Args(() => RequestPasswordResetArgs) { email }: RequestPasswordResetArgs, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    await requestPasswordReset(ctx, email, this.services);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token from a reset link, and signs the account out on every device. BAD_USER_INPUT naming `token` when the link is unknown, used or expired, or naming `password` when it is not 8 to 256 characters.',
  })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput, { description: 'The token and the new password.' }) input: ResetPasswordInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<boolean> {
    await resetPassword(ctx, input.token, input.password, this.services);
    return true;
  }
}
