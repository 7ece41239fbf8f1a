import { ConflictError, ErrorCode, ForbiddenError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid, requireApiScope, type SubgraphContext } from '@caregraph/runtime';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { REFERRALS_WRITE, referralStanding, type ReferralStanding } from './referral-access';
import { ReferralStatus } from './referral-enums';
import type { StoredDischargeSummary } from './discharge-summary';
import { ReferralEvent } from './referral-event.entity';
import { Referral } from './referral.entity';
import { recordReferralEvent, type ReferralEventKind } from './referrer-events';

/** Which statuses each step starts from, and who takes it. */
const STEPS = {
  accept: { from: [ReferralStatus.SUBMITTED], to: ReferralStatus.ACCEPTED, by: 'THERAPIST' },
  decline: { from: [ReferralStatus.SUBMITTED], to: ReferralStatus.DECLINED, by: 'THERAPIST' },
  withdraw: { from: [ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED], to: ReferralStatus.WITHDRAWN, by: 'REFERRER' },
  discharge: { from: [ReferralStatus.BOOKED], to: ReferralStatus.DISCHARGED, by: 'THERAPIST' },
} as const satisfies Record<string, { from: readonly ReferralStatus[]; to: ReferralStatus; by: ReferralStanding }>;

export type ReferralStep = keyof typeof STEPS;

const ACTOR_KIND = { THERAPIST: 'therapist', REFERRER: 'organisation', CLIENT: 'client' } as const;

/** What the referrer's systems hear of each step; a withdrawal is their own doing. */
const REFERRER_EVENT: Record<ReferralStep, ReferralEventKind | null> = {
  accept: 'referral.accepted',
  decline: 'referral.declined',
  withdraw: null,
  discharge: 'referral.discharged',
};

/** CONFLICT naming the step and the status the referral is in. */
function notNow(step: ReferralStep, referral: Referral): GraphQLError {
  return new GraphQLError(`This referral is ${referral.status}: it cannot be ${STEPS[step].to.toLowerCase()} now.`, {
    extensions: { code: ErrorCode.CONFLICT, currentStatus: referral.status },
  });
}

/**
 * Takes one step on a referral in a transaction holding its row lock (two steps never interleave; of 50
 * identical accepts one succeeds and the rest are CONFLICT): someone with no standing learns nothing
 * (NOT_FOUND), someone else FORBIDDEN; the step is recorded in the referral's history, and the referrer's
 * systems are told of it through the outbox (referrer-events.ts) in the same transaction.
 */
export async function takeReferralStep(ctx: SubgraphContext, step: ReferralStep, referralId: string, details: { reason?: string; summary?: StoredDischargeSummary } = {}): Promise<Referral> {
  if (step === 'withdraw') requireApiScope(ctx, REFERRALS_WRITE);
  if (!isUuid(referralId)) throw new UserInputError('referralId', 'referralId must be a referral id (a UUID).');
  const seen = await ctx.em.fork().findOne(Referral, referralId);
  const standing = seen ? await referralStanding(ctx, seen) : null;
  if (!seen || !standing) throw new NotFoundError('Referral', referralId);
  const rule = STEPS[step];
  if (standing !== rule.by) throw new ForbiddenError(`Only ${rule.by === 'THERAPIST' ? 'the therapist it is addressed to' : 'the organisation that sent it'} can do this.`);
  return ctx.em.fork().transactional(async (em) => {
    const referral = await em.findOneOrFail(Referral, referralId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!(rule.from as readonly ReferralStatus[]).includes(referral.status)) throw notNow(step, referral);
    referral.status = rule.to;
    referral.statusChangedAt = new Date();
    if (step === 'decline') referral.declineReason = details.reason!.trim();
    if (step === 'discharge') referral.dischargeSummary = details.summary!;
    const actorId = ctx.caller.machine?.clientId ?? ctx.caller.userId!;
    em.create(ReferralEvent, { referral, status: rule.to, actorKind: ACTOR_KIND[rule.by], actorId });
    const told = REFERRER_EVENT[step];
    if (told) recordReferralEvent(em, referral, told);
    return referral;
  });
}

/**
 * Inside a booking's transaction: the referral the client books from becomes BOOKED and names the booking.
 * It must be theirs, ACCEPTED and for the same therapist; otherwise nothing is booked.
 */
export async function bookFromReferral(em: EntityManager, referralId: string, clientId: string, therapistId: string, bookingId: string): Promise<Referral> {
  const referral = await em.findOne(Referral, { id: referralId, clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!referral) throw new UserInputError('referralId', 'referralId: there is no referral of yours with this id (look at myReferrals).');
  if (referral.therapistId !== therapistId) throw new UserInputError('referralId', 'referralId: this referral is for another therapist.');
  if (referral.status !== ReferralStatus.ACCEPTED) {
    throw new ConflictError(`referralId: this referral is ${referral.status}; only an ACCEPTED referral leads to a first booking.`, 'CONFLICT', 'referralId');
  }
  referral.status = ReferralStatus.BOOKED;
  referral.statusChangedAt = new Date();
  referral.bookingId = bookingId;
  em.create(ReferralEvent, { referral, status: ReferralStatus.BOOKED, actorKind: 'client', actorId: clientId });
  recordReferralEvent(em, referral, 'referral.booked', bookingId);
  return referral;
}

/**
 * The person gives (or takes back) their agreement to share the discharge summary with the referrer. Only the
 * person, and only once there is a summary (CONFLICT before); giving it twice keeps the first time.
 */
export async function setSummarySharing(ctx: SubgraphContext, referralId: string, share: boolean): Promise<Referral> {
  if (!isUuid(referralId)) throw new UserInputError('referralId', 'referralId must be a referral id (a UUID).');
  const seen = await ctx.em.fork().findOne(Referral, referralId);
  const standing = seen ? await referralStanding(ctx, seen) : null;
  if (!seen || !standing) throw new NotFoundError('Referral', referralId);
  if (standing !== 'CLIENT') throw new ForbiddenError('Only the person the referral is about decides whether the referrer sees the discharge summary.');
  return ctx.em.fork().transactional(async (em) => {
    const referral = await em.findOneOrFail(Referral, referralId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (referral.status !== ReferralStatus.DISCHARGED) throw new ConflictError(`This referral is ${referral.status}: there is no discharge summary to share yet.`);
    referral.summarySharedAt = share ? (referral.summarySharedAt ?? new Date()) : null;
    return referral;
  });
}
