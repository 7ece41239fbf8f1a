import { ForbiddenError, UserInputError } from '@caregraph/kernel';
import { consentGiven, HEALTH_DATA_CONSENT_SELECTION, type HealthDataConsentAnswer, type SubgraphContext } from '@caregraph/runtime';
import { createHash } from 'node:crypto';
import { requestNow } from '../time/request-now';
import { ReferralStatus } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import type { SubmitGpLetterInput } from './referral.input';
import { Referral } from './referral.entity';
import { checkDateOfBirth, checkIdempotencyKey, recordOnce, replay, requireTakingReferrals } from './submit-referral.service';

/** How old a letter may be: a GP's referral is acted on within the year. */
const MAX_LETTER_AGE_DAYS = 366;
const DAY_MS = 86_400_000;

/** In one round trip: the listing, the person's address, and their consent to the processing of health data. */
const FACTS = `query BookingsGpLetterFacts($id: ID!, $clientId: ID!) { therapist(id: $id) { listed } me { email } ${HEALTH_DATA_CONSENT_SELECTION} }`;

type Facts = { therapist: { listed: boolean } | null; me: { email: string | null } | null } & HealthDataConsentAnswer;

function checkLetterDate(letterDate: string, now: number): void {
  const dated = Date.parse(`${letterDate}T00:00:00Z`);
  if (Number.isNaN(dated) || dated > now) throw new UserInputError('letterDate', 'letterDate must be the date on the letter, not in the future (YYYY-MM-DD).');
  if (now - dated > MAX_LETTER_AGE_DAYS * DAY_MS) throw new UserInputError('letterDate', 'letterDate: the letter is more than a year old; ask your GP for a new one.');
}

function gpLetterFingerprint(input: SubmitGpLetterInput): string {
  const canonical = [input.therapistId, input.givenName.trim(), input.familyName.trim(), input.dateOfBirth, input.referrerName.trim(), input.letterDate, input.reason.trim(), [...input.conditions].sort().join(','), input.urgency, input.fundingRoute];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Records a GP's referral letter the signed-in client entered themselves (docs/adr/029): a SUBMITTED referral
 * linked to them from the start, with no organisation (so nothing is told to one). Their consent to the
 * processing of health data is required, as for a booking. One referral per idempotency key and person.
 */
export async function submitGpLetter(ctx: SubgraphContext, input: SubmitGpLetterInput, idempotencyKey: string): Promise<Referral> {
  const clientId = ctx.caller.userId!;
  checkIdempotencyKey(idempotencyKey);
  const now = requestNow(ctx);
  checkDateOfBirth(input.dateOfBirth, now, 'dateOfBirth');
  checkLetterDate(input.letterDate, now);
  const fingerprint = gpLetterFingerprint(input);
  const findEarlier = () => ctx.em.fork().findOne(Referral, { organisationId: null, clientId, idempotencyKey });
  const earlier = await findEarlier();
  if (earlier) return replay(earlier, fingerprint);

  const facts = await ctx.graph.request<Facts>(FACTS, { id: input.therapistId, clientId });
  if (!consentGiven(facts)) {
    // UK GDPR art. 9: a referral is health data; without explicit consent none may be recorded.
    throw new ForbiddenError('You have not given (or have withdrawn) consent to process your health data, so a referral cannot be recorded. Give it again in your privacy settings first.');
  }
  requireTakingReferrals(facts.therapist, input.therapistId);
  const email = facts.me?.email;
  if (!email) throw new ForbiddenError('Your account has no e-mail address we can show you.');

  return recordOnce(ctx, findEarlier, fingerprint, (em) => {
    const referral = em.create(Referral, {
      clientId,
      idempotencyKey,
      requestFingerprint: fingerprint,
      therapistId: input.therapistId,
      personGivenName: input.givenName.trim(),
      personFamilyName: input.familyName.trim(),
      personDateOfBirth: input.dateOfBirth,
      personEmail: email,
      // Entering their own letter is how the person agrees to be referred.
      personConsentedAt: new Date(now),
      referrerName: input.referrerName.trim(),
      letterDate: input.letterDate,
      reason: input.reason.trim(),
      conditions: [...new Set(input.conditions)],
      urgency: input.urgency,
      fundingRoute: input.fundingRoute,
    });
    em.create(ReferralEvent, { referral, status: ReferralStatus.SUBMITTED, actorKind: 'client', actorId: clientId });
    return referral;
  });
}
