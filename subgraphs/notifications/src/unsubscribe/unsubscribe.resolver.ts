import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { UnsubscribeResult } from './unsubscribe-result.type';
import { unsubscribe } from './unsubscribe.service';

/** The one-click unsubscribe link in optional e-mails: works without signing in. */
@Resolver()
export class UnsubscribeResolver {
  @Mutation(() => UnsubscribeResult, {
    description:
      'Turns off the kind of notification an e-mail’s unsubscribe link was for, for the person it was sent to; no sign-in needed. Following the same link again changes nothing and answers the same. BAD_USER_INPUT naming `token` when the link is not valid.',
  })
  unsubscribe(
    @Arg('token', () => String, { description: 'The token from the link (`/unsubscribe?token=…`).' }) token: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnsubscribeResult> {
    return unsubscribe(ctx.em, token);
  }
}
