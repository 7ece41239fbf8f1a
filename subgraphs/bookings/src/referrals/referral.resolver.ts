import { ForbiddenError, NotFoundError } from '@caregraph/kernel';
import { isUuid, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { Condition } from '@caregraph/vocabulary';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Booking } from '../bookings/booking.entity';
import { TherapistStub } from '../references/therapist.stub';
import { referralStanding, SEES_CONTENT, type ReferralStanding } from './referral-access';
import { ReferralConnection, ReferralListArgs } from './referral-connection';
import { myReferrals, organisationReferrals, referralInbox } from './referral-lists.service';
import { setSummarySharing, takeReferralStep } from './referral-steps.service';
import { DischargeReferralInput, DischargeSummary } from './discharge-summary';
import { submitGpLetter } from './gp-letter.service';
import { DeclineReferralInput, SubmitGpLetterInput, SubmitReferralInput } from './referral.input';
import { Referral } from './referral.entity';
import { ReferredPerson } from './referred-person.type';
import { submitReferral } from './submit-referral.service';

/** The standing of the caller towards the referral, or FORBIDDEN when it is not among `allowed`. */
async function requireStanding(ctx: SubgraphContext, referral: Referral, allowed: readonly ReferralStanding[]): Promise<ReferralStanding> {
  const standing = await referralStanding(ctx, referral);
  if (!standing || !allowed.includes(standing)) throw new ForbiddenError('Only the therapist it is addressed to and the person it is about see this.');
  return standing;
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Mutation(() => Referral, {
    description:
      "An organisation's system (`referrals:write`) refers a person to a therapist. `idempotencyKey` makes a retry safe: the same key and request return the same referral (CONFLICT naming `idempotencyKey` for a different request). BAD_USER_INPUT naming the field for bad input, `personConsented` false, or a listing not taking referrals; UNAUTHENTICATED without an API client's token; FORBIDDEN without the scope.",
  })
  submitReferral(
    @Arg('input', () => SubmitReferralInput, { description: 'The person, the therapist, why, how soon, who pays, and the person\'s agreement.' }) input: SubmitReferralInput,
    @Arg('idempotencyKey', { description: 'Your key for this referral (8 to 200 visible ASCII characters; a UUID is ideal).' }) idempotencyKey: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Referral> {
    return submitReferral(ctx, input, idempotencyKey);
  }

  @Authorized('CLIENT')
  @Mutation(() => Referral, {
    description:
      "A client enters a referral letter from their GP: it reaches the therapist's referral inbox like any referral, and is theirs from the start (`myReferrals`). Needs their consent to the processing of health data (FORBIDDEN without it). `idempotencyKey` makes a retry safe (CONFLICT naming it for a different letter under the same key). BAD_USER_INPUT naming the field for a bad date of birth (under 16), a letter dated in the future or over a year ago, or a listing not taking referrals.",
  })
  submitGpLetter(
    @Arg('input', () => SubmitGpLetterInput, { description: 'The letter: who wrote it and when, what it refers you for, how soon, and the therapist you want to see.' }) input: SubmitGpLetterInput,
    @Arg('idempotencyKey', { description: 'Your key for this letter (8 to 200 visible ASCII characters; the app makes one).' }) idempotencyKey: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Referral> {
    return submitGpLetter(ctx, input, idempotencyKey);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Referral, { description: 'The therapist it is addressed to accepts a SUBMITTED referral: the person can book their first session. CONFLICT in any other status; NOT_FOUND for anyone else.' })
  acceptReferral(@Arg('referralId', () => ID, { description: 'The referral.' }) referralId: string, @Ctx() ctx: SubgraphContext): Promise<Referral> {
    return takeReferralStep(ctx, 'accept', referralId);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Referral, { description: 'The therapist it is addressed to declines a SUBMITTED referral, saying why (the referrer sees the reason). CONFLICT in any other status; NOT_FOUND for anyone else.' })
  declineReferral(@Arg('input', () => DeclineReferralInput, { description: 'The referral and why.' }) input: DeclineReferralInput, @Ctx() ctx: SubgraphContext): Promise<Referral> {
    return takeReferralStep(ctx, 'decline', input.referralId, { reason: input.reason });
  }

  @Mutation(() => Referral, { description: "The referring organisation's system (`referrals:write`) withdraws a referral that is not booked yet. CONFLICT once booked, declined or withdrawn; NOT_FOUND for another organisation's referral." })
  withdrawReferral(@Arg('referralId', () => ID, { description: 'The referral.' }) referralId: string, @Ctx() ctx: SubgraphContext): Promise<Referral> {
    return takeReferralStep(ctx, 'withdraw', referralId);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Referral, {
    description: 'The therapist it is addressed to ends care on a BOOKED referral with a discharge summary: it becomes DISCHARGED. The referrer sees the summary only once the person agrees. CONFLICT in any other status; NOT_FOUND for anyone else.',
  })
  dischargeReferral(@Arg('input', () => DischargeReferralInput, { description: 'The referral and the summary.' }) input: DischargeReferralInput, @Ctx() ctx: SubgraphContext): Promise<Referral> {
    const summary = {
      phq9AtStart: input.phq9AtStart ?? null,
      phq9AtEnd: input.phq9AtEnd ?? null,
      gad7AtStart: input.gad7AtStart ?? null,
      gad7AtEnd: input.gad7AtEnd ?? null,
      goalsAchieved: input.goalsAchieved.trim(),
      recommendations: input.recommendations.trim(),
      writtenAt: new Date().toISOString(),
    };
    return takeReferralStep(ctx, 'discharge', input.referralId, { summary });
  }

  @Authorized('CLIENT')
  @Mutation(() => Referral, { description: 'The person a DISCHARGED referral is about shares its discharge summary with the referrer (`share: true`), or stops sharing it. CONFLICT before discharge; NOT_FOUND for anyone else.' })
  shareDischargeSummary(
    @Arg('referralId', () => ID, { description: 'The referral.' }) referralId: string,
    @Arg('share', { description: 'True to let the referrer read the summary, false to stop.' }) share: boolean,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Referral> {
    return setSummarySharing(ctx, referralId, share);
  }

  @Query(() => Referral, { description: "One referral: for the therapist it is addressed to, the person it is about, the referring organisation's system (`referrals:read`; its states only) and admins (states only). NOT_FOUND for anyone else." })
  async referral(@Arg('id', () => ID, { description: 'The referral.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Referral> {
    const referral = isUuid(id) ? await ctx.em.findOne(Referral, id) : null;
    if (!referral || !(await referralStanding(ctx, referral))) throw new NotFoundError('Referral', id);
    return referral;
  }

  @Query(() => ReferralConnection, { description: "The calling organisation's referrals, newest first (`referrals:read`): their states and nothing else." })
  organisationReferrals(@Args(() => ReferralListArgs) args: ReferralListArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Referral>> {
    return organisationReferrals(ctx, args, args.statuses);
  }

  @Authorized('THERAPIST')
  @Query(() => ReferralConnection, { description: 'The calling therapist\'s referral inbox: SUBMITTED first (most urgent, then oldest), then ACCEPTED; other statuses when asked for. FORBIDDEN without a listing.' })
  referralInbox(@Args(() => ReferralListArgs) args: ReferralListArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Referral>> {
    return referralInbox(ctx, args, args.statuses);
  }

  @Authorized('CLIENT')
  @Query(() => [Referral], { description: 'The signed-in client\'s referrals, newest first. A referral naming the e-mail address you have confirmed becomes yours the first time you look.' })
  myReferrals(@Ctx() ctx: SubgraphContext): Promise<Referral[]> {
    return myReferrals(ctx);
  }

  @FieldResolver(() => TherapistStub, { description: 'The therapist it is addressed to.' })
  therapist(@Root() referral: Referral): TherapistStub {
    return { id: referral.therapistId };
  }

  @FieldResolver(() => ReferredPerson, { description: 'The person. For the therapist and the person themselves (FORBIDDEN otherwise).' })
  async person(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<ReferredPerson> {
    await requireStanding(ctx, referral, SEES_CONTENT);
    return { givenName: referral.personGivenName, familyName: referral.personFamilyName, dateOfBirth: referral.personDateOfBirth, email: referral.personEmail, phone: referral.personPhone };
  }

  @FieldResolver(() => String, { description: 'Why they were referred. For the therapist and the person themselves (FORBIDDEN otherwise).' })
  async reason(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<string> {
    await requireStanding(ctx, referral, SEES_CONTENT);
    return referral.reason;
  }

  @FieldResolver(() => [Condition], { description: 'What they are being seen for. For the therapist and the person themselves (FORBIDDEN otherwise).' })
  async conditions(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    await requireStanding(ctx, referral, SEES_CONTENT);
    return referral.conditions;
  }

  @FieldResolver(() => String, { description: 'Who made the referral (e.g. the GP). For the therapist and the person themselves (FORBIDDEN otherwise).' })
  async referrerName(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<string> {
    await requireStanding(ctx, referral, SEES_CONTENT);
    return referral.referrerName;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was declined; null unless DECLINED.' })
  declineReason(@Root() referral: Referral): string | null {
    return referral.declineReason;
  }

  @FieldResolver(() => DischargeSummary, { nullable: true, description: 'The discharge summary, once DISCHARGED: for the therapist and the person, and for the referrer once the person shares it (null otherwise).' })
  async dischargeSummary(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<DischargeSummary | null> {
    const summary = referral.dischargeSummary;
    if (!summary) return null;
    const standing = await referralStanding(ctx, referral);
    const mayRead = standing === 'THERAPIST' || standing === 'CLIENT' || (standing === 'REFERRER' && referral.summarySharedAt !== null);
    if (!mayRead) return null;
    return { ...summary, writtenAt: new Date(summary.writtenAt), sharedWithReferrer: referral.summarySharedAt !== null };
  }

  @FieldResolver(() => Booking, { nullable: true, description: 'The first booking it led to; for the therapist and the person (null for others and until BOOKED).' })
  async firstBooking(@Root() referral: Referral, @Ctx() ctx: SubgraphContext): Promise<Booking | null> {
    if (!referral.bookingId) return null;
    const standing = await referralStanding(ctx, referral);
    if (!standing || !SEES_CONTENT.includes(standing)) return null;
    return ctx.em.findOne(Booking, referral.bookingId);
  }
}
