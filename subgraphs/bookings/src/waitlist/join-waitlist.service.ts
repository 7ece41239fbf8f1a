import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, UserInputError } from '@caregraph/kernel';
import { isUuid, lockUntilCommit, type SubgraphContext } from '@caregraph/runtime';
import { therapistFacts } from '../booking-request/therapist-facts';
import { TherapistSchedule } from '../schedules/schedule.entity';
import { requestNow } from '../time/request-now';
import type { JoinWaitlistInput } from './join-waitlist.input';
import { daysSpanned, shiftDay, waitlistToday } from './waitlist-days';
import { WaitlistEndReason, WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_LIMITS as L } from './waitlist-limits';

const UNIQUE_VIOLATION = '23505';

const alreadyWaiting = () =>
  new ConflictError("You are already on this therapist's waitlist. Leave it first to choose other dates.", 'CONFLICT', 'therapistId');

/** Checks the dates: a real range, not in the past, not too long, not too far ahead. */
function checkDates(input: JoinWaitlistInput, today: string): void {
  if (input.from < today) throw new UserInputError('from', 'from is in the past: choose today or a later day.');
  if (input.from > shiftDay(today, L.maxStartAheadDays)) throw new UserInputError('from', `from must be within ${L.maxStartAheadDays} days from today.`);
  if (input.to < input.from) throw new UserInputError('to', 'to must be on or after from.');
  if (daysSpanned(input.from, input.to) > L.maxRangeDays) throw new UserInputError('to', `to must be at most ${L.maxRangeDays} days from from, both counted.`);
}

/** Asks the therapists subgraph whether the listing takes bookings now, in this format, as createBooking does. */
async function checkBookable(ctx: SubgraphContext, input: JoinWaitlistInput): Promise<void> {
  const facts = await therapistFacts(ctx, input.therapistId, null);
  if (!facts) throw new UserInputError('therapistId', `therapistId: there is no therapist listing ${input.therapistId}.`);
  if (!facts.clientHasHealthDataConsent) {
    // Waiting for a therapist says you seek care: health data, like a booking (UK GDPR art. 9).
    throw new ForbiddenError('You have not given (or have withdrawn) consent to process your health data, so you cannot join a waitlist. Give it again in your privacy settings.');
  }
  if (!facts.listed || !facts.fee) throw new UserInputError('therapistId', 'therapistId: this therapist is not taking bookings at the moment.');
  if (input.format && !facts.sessionFormats.includes(input.format)) throw new UserInputError('format', `format: this therapist does not offer ${input.format} sessions.`);
  const schedule = await ctx.em.fork().findOne(TherapistSchedule, { therapistId: input.therapistId });
  if (!schedule) throw new UserInputError('therapistId', 'therapistId: this therapist has not opened their diary for bookings yet.');
}

/**
 * Adds the calling client to a therapist's waitlist. The limits are checked in the insert's own
 * transaction under a lock per client (an advisory lock: the rows to count may not exist yet), so 20
 * joins at once still leave at most five active entries; the unique partial index has the last word
 * on a second active entry for one therapist. Entries whose days have passed are closed first.
 */
export async function joinWaitlist(ctx: SubgraphContext, input: JoinWaitlistInput): Promise<WaitlistEntry> {
  const clientId = ctx.caller.userId!;
  if (!isUuid(input.therapistId)) throw new UserInputError('therapistId', 'therapistId must be a therapist listing id (a UUID).');
  const now = requestNow(ctx);
  const today = waitlistToday(now);
  checkDates(input, today);
  await checkBookable(ctx, input);
  try {
    return await ctx.em.fork().transactional(async (tx) => {
      await lockUntilCommit(tx, `waitlist:${clientId}`);
      await closePassedEntries(tx, clientId, today, now);
      const active = await tx.find(WaitlistEntry, { clientId, endedAt: null }, { fields: ['therapistId'] });
      if (active.some((entry) => entry.therapistId === input.therapistId)) throw alreadyWaiting();
      if (active.length >= L.maxActiveEntries) {
        throw new ConflictError(`You are on ${L.maxActiveEntries} waitlists already, the most allowed. Leave one to join another.`, 'CONFLICT', 'therapistId');
      }
      return tx.create(WaitlistEntry, { clientId, therapistId: input.therapistId, fromDate: input.from, toDate: input.to, format: input.format ?? null });
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyWaiting();
    throw error;
  }
}

/** Ends the client's entries whose last day is before `today`: they no longer count towards the limit. */
async function closePassedEntries(tx: EntityManager, clientId: string, today: string, now: number): Promise<void> {
  await tx.nativeUpdate(WaitlistEntry, { clientId, endedAt: null, toDate: { $lt: today } }, { endedAt: new Date(now), endReason: WaitlistEndReason.PASSED });
}
