import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, UserInputError, scheduleChangeTags } from '@caregraph/kernel';
import { isUuid, purgePublicReads, type SubgraphContext } from '@caregraph/runtime';
import { lockTherapistDiary } from '../availability/diary-lock';
import { randomUUID } from 'node:crypto';
import { loadDiaries } from '../availability/diary';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from '../lifecycle/booking-action';
import { SessionFormat } from '@caregraph/vocabulary';
import type { BookingsConfig } from '../config';
import { requestNow } from '../time/request-now';
import { isFreeSlot } from './booking-time';
import type { CreateBookingInput } from './create-booking.input';
import { normalisePostcode, requestFingerprint } from './request-fingerprint';
import { therapistFacts } from './therapist-facts';
import { recordBookingCreated } from '../notices/step-notices';
import { bookFromReferral } from '../referrals/referral-steps.service';
import { recordReferrerBookingEvent } from '../referrals/referrer-events';
import { FundingRoute } from '../referrals/referral-enums';

/** SQLSTATEs of a taken slot (exclusion) and of a used idempotency key (unique). */
const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATION = '23505';

const slotTaken = () =>
  new ConflictError('This time has just been booked by someone else. Pick another time from the therapist\'s availability.', 'BOOKING_CONFLICT', 'startsAt');

/** The same request again returns its booking; a different request under the same key is refused. */
function replay(earlier: Booking, fingerprint: string): Booking {
  if (earlier.requestFingerprint !== fingerprint) {
    throw new ConflictError('This idempotencyKey was already used for a different booking request. Use a new key for a new request.', 'CONFLICT', 'idempotencyKey');
  }
  return earlier;
}

const findByKey = (em: EntityManager, clientId: string, idempotencyKey: string) =>
  em.fork().findOne(Booking, { clientId, idempotencyKey });

/** Checks what can be checked without asking anyone: ids, keys, times in the past, the postcode rule. */
function checkInput(input: CreateBookingInput, idempotencyKey: string, now: number): void {
  if (!/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) {
    throw new UserInputError('idempotencyKey', 'idempotencyKey must be 8 to 200 visible ASCII characters (a UUID is ideal).');
  }
  if (!isUuid(input.therapistId)) throw new UserInputError('therapistId', 'therapistId must be a therapist listing id (a UUID).');
  if (input.referralId && !isUuid(input.referralId)) throw new UserInputError('referralId', 'referralId must be a referral id (a UUID).');
  if (input.startsAt.getTime() <= now) throw new UserInputError('startsAt', 'startsAt is in the past.');
  if (input.format === SessionFormat.HOME_VISIT && !input.postcode) throw new UserInputError('postcode', 'postcode is required for a home visit.');
  if (input.format !== SessionFormat.HOME_VISIT && input.postcode) throw new UserInputError('postcode', 'postcode is only for home visits.');
}

/**
 * Books a session for the calling client: checks the input, replays an earlier request with the
 * same idempotency key, asks the therapists subgraph (through the graph) whether the listing is
 * bookable for this format and postcode and what it costs, checks the time against the therapist's
 * schedule, and inserts. PostgreSQL has the last word on clashes: the exclusion constraint refuses
 * a second live booking of the same time (BOOKING_CONFLICT) and the unique (client, key) index a
 * second booking under one key (then the first one is replayed). One insert, nothing else written.
 */
export async function createBooking(ctx: SubgraphContext, config: BookingsConfig, input: CreateBookingInput, idempotencyKey: string): Promise<Booking> {
  const clientId = ctx.caller.userId!;
  const now = requestNow(ctx);
  checkInput(input, idempotencyKey, now);
  const fingerprint = requestFingerprint(input);
  const earlier = await findByKey(ctx.em, clientId, idempotencyKey);
  if (earlier) return replay(earlier, fingerprint);

  const postcode = input.postcode ? normalisePostcode(input.postcode) : null;
  const facts = await therapistFacts(ctx, input.therapistId, postcode);
  if (!facts) throw new UserInputError('therapistId', `therapistId: there is no therapist listing ${input.therapistId}.`);
  if (!facts.clientHasHealthDataConsent) {
    // UK GDPR art. 9: a booking is health data; without explicit consent none may be made.
    throw new ForbiddenError(
      'You have not given (or have withdrawn) consent to process your health data, so no new bookings can be made. Give it again in your privacy settings to book.',
    );
  }
  if (!facts.listed || !facts.fee) throw new UserInputError('therapistId', 'therapistId: this therapist is not taking bookings at the moment.');
  if (!facts.sessionFormats.includes(input.format)) throw new UserInputError('format', `format: this therapist does not offer ${input.format} sessions.`);
  if (postcode && !facts.coversPostcode) throw new UserInputError('postcode', `postcode: ${postcode} is outside the area this therapist visits.`);

  const startsAt = input.startsAt.getTime();
  const [diary] = await loadDiaries(ctx.em, [input.therapistId], startsAt, startsAt + 1, now);
  if (!diary) throw new UserInputError('therapistId', 'therapistId: this therapist has not opened their diary for bookings yet.');
  if (!isFreeSlot(diary, startsAt, input.format, now)) {
    // Perhaps taken by a concurrent request with this very key, which has committed since we looked.
    const winner = await findByKey(ctx.em, clientId, idempotencyKey);
    if (winner) return replay(winner, fingerprint);
    throw slotTaken();
  }

  const id = randomUUID();
  const fields = {
    id,
    clientId,
    therapistId: input.therapistId,
    startsAt: input.startsAt,
    endsAt: new Date(startsAt + diary.rules.sessionMinutes * 60_000),
    format: input.format,
    status: diary.requiresConfirmation ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED,
    referralSource: input.referralSource,
    note: input.note?.trim() || null,
    visitPostcode: postcode,
    feePence: facts.fee.amountPence,
    feeCurrency: facts.fee.currency,
    // A room id of its own: the booking id is shown in more places than the room link should be.
    videoRoomUrl: input.format === SessionFormat.ONLINE ? config.videoRoomUrlTemplate.replace('{id}', randomUUID()) : null,
    bufferBeforeMinutes: diary.rules.bufferBeforeMinutes,
    bufferAfterMinutes: diary.rules.bufferAfterMinutes,
    // The policy in force now stays with the booking: a later change of the therapist's cut-off does not reach it.
    cancellationCutoffHours: diary.cancellationCutoffHours,
    idempotencyKey,
    requestFingerprint: fingerprint,
  };
  let booking: Booking;
  try {
    booking = await ctx.em.fork().transactional(async (tx) => {
      await lockTherapistDiary(tx, input.therapistId);
      // A first session from a referral: the referral becomes BOOKED with it, or nothing is booked.
      const referral = input.referralId ? await bookFromReferral(tx, input.referralId, clientId, input.therapistId, id) : null;
      const created = tx.create(Booking, { ...fields, referralId: referral?.id ?? null, fundingRoute: referral?.fundingRoute ?? FundingRoute.SELF_PAY });
      // The therapist (and, when no confirmation is needed, the client) hears of it: written with the booking or not at all.
      recordBookingCreated(tx, created);
      // Booked with no confirmation needed: a referrer whose referral it belongs to hears it is confirmed.
      if (created.status === BookingStatus.CONFIRMED) await recordReferrerBookingEvent(tx, created, BookingAction.CONFIRM);
      return created;
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== EXCLUSION_VIOLATION && code !== UNIQUE_VIOLATION) throw error;
    // A concurrent request with the same key may have won (and holds the slot): replay it.
    const winner = await findByKey(ctx.em, clientId, idempotencyKey);
    if (winner) return replay(winner, fingerprint);
    if (code === EXCLUSION_VIOLATION) throw slotTaken();
    throw error;
  }
  ctx.logger.info({ bookingId: id, status: booking.status }, 'booking created');
  // The slot is taken: the listing's public free times change.
  purgePublicReads(ctx, scheduleChangeTags(input.therapistId));
  return booking;
}
