import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { revealToCaller } from '../users/personal-data-visibility';
import { LoginInput } from './login.input';
import { login } from './login.service';
import { LoginPayload } from './login-payload.type';

@Resolver()
export class LoginResolver {
  constructor(private readonly services: AccountsServices) {}

  // Nullable: with a non-null result the first failing copy of `login` in a request would stop
  // the aliased copies after it (null propagation). The guard counts every call either way;
  // nullable keeps each copy's answer independent, and lets the tests prove every copy counts.
  @Mutation(() => LoginPayload, {
    nullable: true,
    description:
      'Signs in with email and password; null when it fails (the reason is in `errors`). Wrong credentials answer UNAUTHENTICATED with the same message whether or not the account exists. After 5 failures for one email address each further attempt must wait (RATE_LIMITED with `retryAfterSeconds`), and after 10 signing in with it is paused for 15 minutes. Accounts whose email is not yet verified can sign in.',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'Email and password.' }) input: LoginInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LoginPayload | null> {
    const payload = await login(ctx, input, this.services);
    if (payload?.user) revealToCaller(ctx, payload.user.id);
    return payload;
  }
}
