import { ConflictError, UserInputError } from '@caregraph/kernel';
import { requireApiScope, type SubgraphContext } from '@caregraph/runtime';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requestNow } from '../time/request-now';
import { REFERRALS_WRITE } from './referral-access';
import { ReferralStatus } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import { referralFingerprint } from './referral-fingerprint';
import type { SubmitReferralInput } from './referral.input';
import { Referral } from './referral.entity';

/** Youngest person a referral may be for: Caregraph sees adults and young people from 16. */
const MIN_AGE_YEARS = 16;

const LISTED = 'query BookingsReferralListing($id: ID!) { therapist(id: $id) { listed } }';

/** The same key again returns the referral it made, when the request is the same; otherwise CONFLICT. */
export function replay(earlier: Referral, fingerprint: string): Referral {
  if (earlier.requestFingerprint !== fingerprint) {
    throw new ConflictError('This idempotencyKey was already used for a different referral. Use a new key for a new referral.', 'CONFLICT', 'idempotencyKey');
  }
  return earlier;
}

export function checkDateOfBirth(dateOfBirth: string, now: number, field = 'person.dateOfBirth'): void {
  const born = Date.parse(`${dateOfBirth}T00:00:00Z`);
  if (Number.isNaN(born) || born > now) throw new UserInputError(field, `${field} must be a date in the past (YYYY-MM-DD).`);
  const sixteenth = new Date(born);
  sixteenth.setUTCFullYear(sixteenth.getUTCFullYear() + MIN_AGE_YEARS);
  if (sixteenth.getTime() > now) throw new UserInputError(field, `${field}: Caregraph sees people aged ${MIN_AGE_YEARS} and over.`);
}

/** BAD_USER_INPUT naming idempotencyKey unless it is 8 to 200 visible ASCII characters. */
export function checkIdempotencyKey(idempotencyKey: string): void {
  if (!/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) throw new UserInputError('idempotencyKey', 'idempotencyKey must be 8 to 200 visible ASCII characters (a UUID is ideal).');
}

/** BAD_USER_INPUT naming therapistId unless the graph knows the listing and it is taking bookings. */
export function requireTakingReferrals(therapist: { listed: boolean } | null, therapistId: string): void {
  if (!therapist) throw new UserInputError('therapistId', `therapistId: there is no therapist listing ${therapistId}.`);
  if (!therapist.listed) throw new UserInputError('therapistId', 'therapistId: this therapist is not taking referrals at the moment.');
}

/**
 * Writes a new referral once per idempotency key: `create` runs in a transaction; when a concurrent request
 * with the same key won the unique index, its referral is returned instead (or CONFLICT for another request).
 */
export async function recordOnce(ctx: SubgraphContext, findEarlier: () => Promise<Referral | null>, fingerprint: string, create: (em: EntityManager) => Referral): Promise<Referral> {
  try {
    return await ctx.em.fork().transactional(async (em) => create(em));
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await findEarlier();
    if (!winner) throw error;
    return replay(winner, fingerprint);
  }
}

/**
 * Records a referral from the calling organisation's system (`referrals:write`): the person must have agreed,
 * the listing must be taking bookings (asked through the graph, as this system). One referral per
 * idempotency key and organisation, however many identical requests arrive: the unique index decides.
 */
export async function submitReferral(ctx: SubgraphContext, input: SubmitReferralInput, idempotencyKey: string): Promise<Referral> {
  const machine = requireApiScope(ctx, REFERRALS_WRITE);
  checkIdempotencyKey(idempotencyKey);
  if (!input.personConsented) throw new UserInputError('personConsented', 'personConsented must be true: refer someone only once they have agreed to it.');
  checkDateOfBirth(input.person.dateOfBirth, requestNow(ctx));
  const fingerprint = referralFingerprint(input);
  const findEarlier = () => ctx.em.fork().findOne(Referral, { organisationId: machine.organisationId, idempotencyKey });
  const earlier = await findEarlier();
  if (earlier) return replay(earlier, fingerprint);

  const { therapist } = await ctx.graph.request<{ therapist: { listed: boolean } | null }>(LISTED, { id: input.therapistId });
  requireTakingReferrals(therapist, input.therapistId);

  return recordOnce(ctx, findEarlier, fingerprint, (em) => {
    const referral = em.create(Referral, {
      organisationId: machine.organisationId,
      apiClientId: machine.clientId,
      idempotencyKey,
      requestFingerprint: fingerprint,
      therapistId: input.therapistId,
      personGivenName: input.person.givenName.trim(),
      personFamilyName: input.person.familyName.trim(),
      personDateOfBirth: input.person.dateOfBirth,
      personEmail: input.person.email.trim(),
      personPhone: input.person.phone?.trim() || null,
      personConsentedAt: new Date(requestNow(ctx)),
      referrerName: input.referrerName.trim(),
      reason: input.reason.trim(),
      conditions: [...new Set(input.conditions)],
      urgency: input.urgency,
      fundingRoute: input.fundingRoute,
    });
    em.create(ReferralEvent, { referral, status: ReferralStatus.SUBMITTED, actorKind: 'organisation', actorId: machine.clientId });
    return referral;
  });
}
