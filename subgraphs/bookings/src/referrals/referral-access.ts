import type { SubgraphContext } from '@caregraph/runtime';
import { callerTherapistId } from '../graph/caller-therapist';
import type { Referral } from './referral.entity';

/** The scopes an organisation's system needs to send referrals and to follow them. */
export const REFERRALS_WRITE = 'referrals:write';
export const REFERRALS_READ = 'referrals:read';

/**
 * How the caller stands towards a referral: the therapist it is addressed to, the person it is about (once
 * linked), the referring organisation's system, or an admin; null for anyone else (who is told NOT_FOUND).
 */
export type ReferralStanding = 'THERAPIST' | 'CLIENT' | 'REFERRER' | 'ADMIN';

export async function referralStanding(ctx: SubgraphContext, referral: Referral): Promise<ReferralStanding | null> {
  const { machine, userId, roles } = ctx.caller;
  if (machine) {
    const mayRead = machine.scopes.includes(REFERRALS_READ) || machine.scopes.includes(REFERRALS_WRITE);
    return mayRead && machine.organisationId === referral.organisationId ? 'REFERRER' : null;
  }
  if (!userId) return null;
  if (referral.clientId === userId) return 'CLIENT';
  if (roles.includes('THERAPIST') && (await callerTherapistId(ctx)) === referral.therapistId) return 'THERAPIST';
  if (roles.includes('ADMIN')) return 'ADMIN';
  return null;
}

/** Who sees a referral's content (the person, the reason, the conditions): the therapist and the person, never the admin. */
export const SEES_CONTENT: readonly ReferralStanding[] = ['THERAPIST', 'CLIENT'];
