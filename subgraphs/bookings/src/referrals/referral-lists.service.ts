import { ForbiddenError } from '@caregraph/kernel';
import { pageWindow, requireApiScope, toConnection, type ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { callerTherapistId } from '../graph/caller-therapist';
import { REFERRALS_READ } from './referral-access';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

const MY_EMAIL = 'query BookingsReferralPerson { me { email emailVerified } }';

function withStatuses(where: FilterQuery<Referral>, statuses: ReferralStatus[] | null | undefined): FilterQuery<Referral> {
  return statuses && statuses.length > 0 ? { ...(where as object), status: { $in: statuses } } : where;
}

/** The calling organisation's referrals (`referrals:read`), newest first: their states, nothing else. */
export async function organisationReferrals(ctx: SubgraphContext, args: ConnectionArgs, statuses?: ReferralStatus[] | null): Promise<ConnectionShape<Referral>> {
  const machine = requireApiScope(ctx, REFERRALS_READ);
  const { limit, offset } = pageWindow(args);
  const [rows, total] = await ctx.em.findAndCount(Referral, withStatuses({ organisationId: machine.organisationId }, statuses), {
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], limit, offset,
  });
  return toConnection(rows, total, offset);
}

/**
 * The calling therapist's referral inbox: referrals to their listing, those waiting for a decision first
 * (the most urgent, then the oldest), then the rest by latest change. SUBMITTED and ACCEPTED by default.
 */
export async function referralInbox(ctx: SubgraphContext, args: ConnectionArgs, statuses?: ReferralStatus[] | null): Promise<ConnectionShape<Referral>> {
  const therapistId = await callerTherapistId(ctx);
  if (!therapistId) throw new ForbiddenError('Only a therapist with a listing has a referral inbox.');
  const { limit, offset } = pageWindow(args);
  const chosen = statuses && statuses.length > 0 ? statuses : [ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED];
  const [rows, total] = await ctx.em.findAndCount(Referral, { therapistId, status: { $in: chosen } }, {
    orderBy: [
      { [raw(`case when status = 'SUBMITTED' then 0 else 1 end`)]: 'asc' },
      { [raw(`case urgency when 'URGENT' then 0 when 'SOON' then 1 else 2 end`)]: 'asc' },
      { createdAt: 'asc' },
      { id: 'asc' },
    ],
    limit,
    offset,
  });
  return toConnection(rows, total, offset);
}

/**
 * The signed-in client's referrals. A referral naming the e-mail address they have confirmed is linked to
 * their account the first time they look (withdrawn ones are left alone), so from then on it is theirs.
 */
export async function myReferrals(ctx: SubgraphContext): Promise<Referral[]> {
  const clientId = ctx.caller.userId!;
  const { me } = await ctx.graph.request<{ me: { email: string | null; emailVerified: boolean } | null }>(MY_EMAIL);
  if (me?.email && me.emailVerified) {
    await ctx.em.getConnection().execute(
      `update referrals set client_id = ?, updated_at = now() where client_id is null and lower(person_email) = lower(?) and status <> 'WITHDRAWN'`,
      [clientId, me.email],
    );
  }
  return ctx.em.find(Referral, { clientId }, { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
}
