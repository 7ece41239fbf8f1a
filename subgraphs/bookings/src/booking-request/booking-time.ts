import { UserInputError } from '@caregraph/kernel';
import type { SessionFormat } from '@caregraph/vocabulary';
import type { Diary } from '../availability/diary';
import { freeSlots } from '../availability/free-slots';

const MINUTE = 60_000;

/**
 * Whether `startsAt` is a free slot of `diary` for `format`. Refuses (BAD_USER_INPUT, field
 * `startsAt`) a time the schedule never offers — past, inside the notice, beyond the window,
 * outside working hours or off the slot grid — and returns false for a slot that is offered
 * but taken (the caller answers BOOKING_CONFLICT).
 */
export function isFreeSlot(diary: Diary, startsAt: number, format: SessionFormat, now: number): boolean {
  const offered = (busy: Diary['busy']) =>
    freeSlots(diary.rules, busy, { from: startsAt, to: startsAt + 1, now, format }).some((slot) => slot.startsAt === startsAt);
  if (offered([])) return offered(diary.busy);
  const { minimumNoticeMinutes, bookingWindowDays } = diary.rules;
  if (startsAt <= now) throw new UserInputError('startsAt', 'startsAt is in the past.');
  if (startsAt < now + minimumNoticeMinutes * MINUTE) {
    throw new UserInputError('startsAt', `startsAt is too soon: this therapist takes bookings at least ${minimumNoticeMinutes / 60} hours ahead.`);
  }
  if (startsAt > now + bookingWindowDays * 24 * 60 * MINUTE) {
    throw new UserInputError('startsAt', `startsAt is too far ahead: this therapist takes bookings up to ${bookingWindowDays} days ahead.`);
  }
  throw new UserInputError('startsAt', "startsAt is not one of the therapist's session times for this format: pick one from Therapist.availability.");
}
