import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ConflictError, ErrorCode, ForbiddenError, NotFoundError, UserInputError, scheduleChangeTags } from '@caregraph/kernel';
import { isUuid, purgePublicReads, type SubgraphContext } from '@caregraph/runtime';
import { lockTherapistDiary } from '../availability/diary-lock';
import { loadDiaries } from '../availability/diary';
import { isFreeSlot } from '../booking-request/booking-time';
import { Booking } from '../bookings/booking.entity';
import { callerTherapistId } from '../graph/caller-therapist';
import { requestNow } from '../time/request-now';
import { BookingAction } from './booking-action';
import { BookingEvent } from './booking-event.entity';
import { BookingParty } from '../bookings/booking-party';
import { MAX_RESCHEDULES, TRANSITIONS } from './transitions';
import { isInsideCutoff } from './cancellation-cutoff';
import { recordStepNotice } from '../notices/step-notices';
import { recordReferrerBookingEvent } from '../referrals/referrer-events';
import { recordSlotOpened } from '../waitlist/slot-opened';

const REASON_MAX = 500;

/** A step the booking's state does not allow: CONFLICT, naming the action and the current status. */
function illegal(message: string, booking: Booking, action: BookingAction): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, action, currentStatus: booking.status } });
}

/** Which of the two people the caller is in this session, or null. The therapist is known through the graph. */
async function partyOf(ctx: SubgraphContext, booking: Booking): Promise<BookingParty | null> {
  if (booking.clientId !== null && booking.clientId === ctx.caller.userId) return BookingParty.CLIENT;
  if ((await callerTherapistId(ctx)) === booking.therapistId) return BookingParty.THERAPIST;
  return null;
}

/** What a step may carry: a reason (cancel, decline) or a new start (reschedule). */
export interface StepDetails {
  reason?: string | null;
  startsAt?: Date;
}

/**
 * Takes one lifecycle step on a booking for the caller, in one transaction holding the booking's
 * row lock (so two steps on one booking never interleave): checks the caller is the party the
 * step is for, the status and the clock allow it, applies it, records it in the history and records
 * the notice the other party gets (outbox, notices/step-notices.ts); a cancellation or a move also tells
 * the clients waiting on the freed time (waitlist/slot-opened.ts).
 * A reschedule must land on a free slot of the therapist's schedule; the exclusion constraint
 * has the last word (BOOKING_CONFLICT).
 */
export async function takeStep(ctx: SubgraphContext, id: string, action: BookingAction, details: StepDetails = {}): Promise<Booking> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a booking id (a UUID).');
  const reason = details.reason?.trim() || null;
  if ((action === BookingAction.CANCEL || action === BookingAction.DECLINE) && !reason) throw new UserInputError('reason', 'reason is required: say briefly why.');
  if (reason && reason.length > REASON_MAX) throw new UserInputError('reason', `reason must be at most ${REASON_MAX} characters long.`);

  const seen = await ctx.em.fork().findOne(Booking, { id });
  const party = seen ? await partyOf(ctx, seen) : null;
  // Someone outside the session learns nothing about it, not even that it exists.
  if (!seen || !party) throw new NotFoundError('Booking', id);
  const rule = TRANSITIONS[action];
  if (!rule.by.includes(party)) throw new ForbiddenError(`Only the ${rule.by.join(' or ').toLowerCase()} can ${action.toLowerCase().replace('_', ' ')} a booking.`);

  const now = requestNow(ctx);
  try {
    const changed = await ctx.em.fork().transactional(async (tx) => {
      const booking = await tx.findOneOrFail(Booking, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!rule.from.includes(booking.status)) {
        throw illegal(`A ${booking.status} booking cannot be ${action === BookingAction.MARK_NO_SHOW ? 'marked as a no-show' : `${action.toLowerCase()}d`}.`, booking, action);
      }
      const started = booking.startsAt.getTime() <= now;
      if (rule.when === 'BEFORE_START' && started) throw illegal('The session has already started.', booking, action);
      if (rule.when === 'AFTER_START' && !started) throw illegal('The session has not started yet.', booking, action);

      const fromStatus = booking.status;
      const previousStartsAt = booking.startsAt;
      if (action === BookingAction.RESCHEDULE) await reschedule(tx, booking, details.startsAt, now);
      else booking.status = rule.to!;
      // The cut-off the booking was made under, not the therapist's current one.
      const insideCutoff = isInsideCutoff(booking, now);
      if (action === BookingAction.CANCEL) {
        booking.cancelledBy = party;
        booking.cancellationReason = reason;
        booking.cancelledAt = new Date(now);
        booking.lateCancellation = party === BookingParty.CLIENT && insideCutoff;
      }
      tx.create(BookingEvent, {
        booking,
        action,
        actor: party,
        actorId: ctx.caller.userId,
        fromStatus,
        toStatus: booking.status,
        previousStartsAt: action === BookingAction.RESCHEDULE ? previousStartsAt : null,
        newStartsAt: action === BookingAction.RESCHEDULE ? booking.startsAt : null,
        reason,
      });
      // The other party hears of it in this same transaction: no notice for a step that did not happen.
      recordStepNotice(tx, booking, action, { actor: party, late: insideCutoff, previousStartsAt });
      // The organisation whose referral the session belongs to hears of the step too (ids and states).
      await recordReferrerBookingEvent(tx, booking, action);
      if (action === BookingAction.CANCEL || action === BookingAction.RESCHEDULE) {
        // The time it held is free again: whoever waits on that day hears of it, with the step or not at all.
        await recordSlotOpened(tx, { therapistId: booking.therapistId, startsAt: previousStartsAt, format: booking.format, freedByClientId: booking.clientId });
      }
      await tx.flush();
      return booking;
    });
    // A slot freed (cancel, decline, move) or taken (the new time): the public free times change.
    purgePublicReads(ctx, scheduleChangeTags(changed.therapistId));
    return changed;
  } catch (error) {
    if ((error as { code?: string }).code === '23P01') {
      throw new ConflictError('That time has just been booked by someone else. Pick another time.', 'BOOKING_CONFLICT', 'startsAt');
    }
    throw error;
  }
}

/** Moves `booking` to `startsAt`, which must be a free slot of its therapist's schedule (its own current time aside). */
async function reschedule(tx: EntityManager, booking: Booking, startsAt: Date | undefined, now: number): Promise<void> {
  if (!startsAt) throw new UserInputError('startsAt', 'startsAt is required to reschedule.');
  if (booking.rescheduleCount >= MAX_RESCHEDULES) {
    throw illegal(`This booking was already moved ${MAX_RESCHEDULES} times, the most allowed. Cancel it and book again.`, booking, BookingAction.RESCHEDULE);
  }
  const start = startsAt.getTime();
  // Taken before the diary is read: the check below then sees every booking and move committed before this one.
  await lockTherapistDiary(tx, booking.therapistId);
  const [diary] = await loadDiaries(tx, [booking.therapistId], start, start + 1, now);
  if (!diary) throw new UserInputError('startsAt', 'startsAt: this therapist has no schedule to move the session within.');
  const own = { from: booking.startsAt.getTime() - booking.bufferBeforeMinutes * 60_000, until: booking.endsAt.getTime() + booking.bufferAfterMinutes * 60_000 };
  const others = diary.busy.filter((b) => b.from !== own.from || b.until !== own.until);
  if (!isFreeSlot({ ...diary, busy: others }, start, booking.format, now)) {
    throw new ConflictError('That time is taken. Pick another time from the therapist\'s availability.', 'BOOKING_CONFLICT', 'startsAt');
  }
  const length = booking.endsAt.getTime() - booking.startsAt.getTime();
  booking.startsAt = startsAt;
  booking.endsAt = new Date(start + length);
  booking.bufferBeforeMinutes = diary.rules.bufferBeforeMinutes;
  booking.bufferAfterMinutes = diary.rules.bufferAfterMinutes;
  booking.rescheduleCount += 1;
  // The new time gets its own reminder.
  booking.reminderRecordedAt = null;
}
