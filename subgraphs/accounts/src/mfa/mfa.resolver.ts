import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Session } from '../auth/session.type';
import type { AccountsServices } from '../services';
import { revealToCaller } from '../users/personal-data-visibility';
import { completeMfaLogin } from './mfa-login.service';
import { confirmMfaEnrolment, disableMfa, regenerateRecoveryCodes, startMfaEnrolment } from './mfa-enrolment.service';
import { CompleteMfaLoginArgs, ConfirmMfaEnrolmentInput, MfaCodeArgs, StartMfaEnrolmentArgs } from './mfa.input';
import { MfaEnrolment, MfaEnrolmentResult } from './mfa.type';

@Resolver()
export class MfaResolver {
  constructor(private readonly services: AccountsServices) {}

  // Nullable like `login`: every aliased copy runs and is counted by the guard on its own.
  @Mutation(() => Session, {
    nullable: true,
    description:
      'Second step of signing in, after `login` answered `mfaRequired: true`: the `mfaToken` and a code from the authenticator app, or one of the recovery codes (each works once). Answers with the session; null when it fails (the reason is in `errors`). A wrong code answers UNAUTHENTICATED and counts like a wrong password (back-off after 5 failures, a 15-minute pause after 10: RATE_LIMITED); an expired or used `mfaToken` answers UNAUTHENTICATED: sign in again.',
  })
  async completeMfaLogin(@Args(() => CompleteMfaLoginArgs) { mfaToken, code }: CompleteMfaLoginArgs, @Ctx() ctx: SubgraphContext): Promise<Session | null> {
    const session = await completeMfaLogin(ctx, mfaToken, code, this.services);
    revealToCaller(ctx, session.user.id);
    return session;
  }

  @Mutation(() => MfaEnrolment, {
    description:
      'Starts setting up two-step verification with an authenticator app (TOTP): answers with the secret and an `otpauth://` URI to show as a QR code; confirm with `confirmMfaEnrolment`. For the signed-in person with their current `password`, or with the `mfaToken` of an admin whose `login` answered `mfaEnrolmentRequired: true`. To move to a new app when one is already set up, pass `currentCode`. UNAUTHENTICATED without a session or a working `mfaToken`; BAD_USER_INPUT naming `password` (a wrong one counts like a wrong password at `login`) or `currentCode` when it is missing or wrong.',
  })
  async startMfaEnrolment(@Args(() => StartMfaEnrolmentArgs) args: StartMfaEnrolmentArgs, @Ctx() ctx: SubgraphContext): Promise<MfaEnrolment> {
    return startMfaEnrolment(ctx, args, this.services);
  }

  @Mutation(() => MfaEnrolmentResult, {
    description:
      'Confirms the authenticator app being set up with the first code it shows. Two-step verification is then on, and the answer carries ten recovery codes, shown only this once. With an enrolment `mfaToken` (an admin signing in) it also carries the session. BAD_USER_INPUT naming `code` when the code is not right (counted like a wrong password); CONFLICT when no set-up was started.',
  })
  async confirmMfaEnrolment(
    @Arg('input', () => ConfirmMfaEnrolmentInput, { description: 'The first code, and the `mfaToken` when not signed in.' }) input: ConfirmMfaEnrolmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MfaEnrolmentResult> {
    const result = await confirmMfaEnrolment(ctx, input, this.services);
    if (result.session) revealToCaller(ctx, result.session.user.id);
    return result;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Turns two-step verification off for the signed-in person, with a current code (or a recovery code): the authenticator app and the recovery codes stop working. FORBIDDEN for admins, who must keep it on; CONFLICT when it is not on; BAD_USER_INPUT naming `code` when the code is not right.',
  })
  async disableMfa(@Args(() => MfaCodeArgs) { code }: MfaCodeArgs, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    await disableMfa(ctx, code, this.services);
    return true;
  }

  @Authorized()
  @Mutation(() => [String], {
    description:
      'Replaces the signed-in person’s recovery codes with ten new ones, shown only this once; the old ones stop working. Needs a current code (or a recovery code). CONFLICT when two-step verification is not on; BAD_USER_INPUT naming `code` when the code is not right.',
  })
  async regenerateMfaRecoveryCodes(@Args(() => MfaCodeArgs) { code }: MfaCodeArgs, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    return regenerateRecoveryCodes(ctx, code, this.services);
  }
}
