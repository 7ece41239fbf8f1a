import { UnauthenticatedError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ACCOUNT_MAILS_PER_HOUR, AllowanceKind, takeHourlyAllowance } from '../rate-limits/hourly-allowance';
import type { AccountsServices } from '../services';
import { User } from '../users/user.entity';
import { VerifyEmailArgs } from './email-verification.input';
import { confirmEmail, verificationEmailFor } from './email-verification.service';

@Resolver()
export class EmailVerificationResolver {
  constructor(private readonly services: AccountsServices) {}

  @Mutation(() => Boolean, {
    description:
      'Confirms an email address with the token from the link we sent. Each link works once. Answers true, or BAD_USER_INPUT naming `token` when the link is unknown, used or expired.',
  })
  async verifyEmail(@Args(() => VerifyEmailArgs) { token }: VerifyEmailArgs, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    if (!(await confirmEmail(ctx.em, token))) {
      throw new UserInputError('token', 'This link does not work any more: it has been used or has expired. Ask for a new one from your account.');
    }
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Sends the signed-in person a new confirmation link (earlier links stop working). Answers false when the address is already confirmed. At most 3 sign-up, confirmation and reset emails reach one address an hour: beyond that it answers true but sends nothing.',
  })
  async requestEmailVerification(@Ctx() ctx: SubgraphContext): Promise<boolean> {
    const { services } = this;
    const user = await ctx.em.findOne(User, ctx.caller.userId!);
    if (!user) throw new UnauthenticatedError();
    if (user.emailVerifiedAt) return false;
    const mail = await ctx.em.transactional(async (em) =>
      (await takeHourlyAllowance(em, AllowanceKind.ACCOUNT_MAIL, user.email, ACCOUNT_MAILS_PER_HOUR)) ? verificationEmailFor(em, user, services) : null,
    );
    if (mail) services.mail.dispatch('email-verification', mail, ctx.logger);
    return true;
  }
}
