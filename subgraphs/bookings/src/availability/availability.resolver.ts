import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { PublicCache, PUBLIC_TIMES_MAX_AGE, type SubgraphContext } from '@caregraph/runtime';
import { SessionFormat } from '@caregraph/vocabulary';
import { TherapistStub } from '../references/therapist.stub';
import { loadDiaries, type Diary } from './diary';
import { freeSlots, type Slot } from './free-slots';
import { TimeSlot } from './time-slot.type';
import { requestNow } from '../time/request-now';

const DAY = 86_400_000;
/** The longest span one `availability` call may ask for. */
export const MAX_AVAILABILITY_DAYS = 93;
/** How far `nextAvailableSlot` looks: the longest booking window a schedule can have. */
const NEXT_SLOT_HORIZON_DAYS = 367;

const toTimeSlot = (slot: Slot): TimeSlot => Object.assign(new TimeSlot(), { startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) });

/** The diary of one therapist through a loader shared by every therapist asked about in this tick with the same span. */
function diaryOf(ctx: SubgraphContext, therapistId: string, from: number, to: number, now: number): Promise<Diary | null> {
  return ctx.loader<string, Diary | null>(`Diary:${from}:${to}`, (ids) => loadDiaries(ctx.em, ids, from, to, now)).load(therapistId);
}

/** Adds `Therapist.availability` and `Therapist.nextAvailableSlot`; public, like the directory. */
@Resolver(() => TherapistStub)
export class AvailabilityResolver {
  @FieldResolver(() => [TimeSlot], {
    description:
      `Free session times starting between \`from\` and \`to\` (at most ${MAX_AVAILABILITY_DAYS} days apart), in time order: the therapist's ` +
      'working hours in their time zone (daylight-saving changes followed), date overrides applied, minus existing sessions with their ' +
      'buffers, no sooner than the minimum notice and no later than the booking window. Only times in the formats the listing gives ' +
      '(`sessionFormats`), so each can be booked: empty for a format it does not give, and when the therapist has no schedule. ' +
      'Query cost: 24 per day (or part of one) of the range, whatever it holds, so ask for one listing at a time over the days you show; ' +
      'free times across a page of listings are refused (above all when not signed in).',
  })
  @Directive('@requires(fields: "sessionFormats")')
  @PublicCache(PUBLIC_TIMES_MAX_AGE)
  async availability(
    @Root() therapist: TherapistStub,
    @Arg('from', () => Date, { description: 'Earliest start to return.' }) from: Date,
    @Arg('to', () => Date, { description: 'Latest start to return (exclusive); after `from`.' }) to: Date,
    @Arg('format', () => SessionFormat, { nullable: true, description: 'Only times offered for this format; leave out for any format the listing gives.' })
    format: SessionFormat | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<TimeSlot[]> {
    if (to.getTime() <= from.getTime()) throw new UserInputError('to', 'to must be after from.');
    if (to.getTime() - from.getTime() > MAX_AVAILABILITY_DAYS * DAY) {
      throw new UserInputError('to', `to must be at most ${MAX_AVAILABILITY_DAYS} days after from.`);
    }
    const formats = therapist.sessionFormats ?? null;
    if (formats && (format ? !formats.includes(format) : formats.length === 0)) return [];
    const now = requestNow(ctx);
    const diary = await diaryOf(ctx, therapist.id, from.getTime(), to.getTime(), now);
    if (!diary) return [];
    return freeSlots(diary.rules, diary.busy, { from: from.getTime(), to: to.getTime(), now, format, formats }).map(toTimeSlot);
  }

  @PublicCache(PUBLIC_TIMES_MAX_AGE)
  @FieldResolver(() => TimeSlot, {
    nullable: true,
    description:
      'The first free session time within the booking window, for search results; null when there is none or no schedule. ' +
      'A page of therapists costs one SQL statement.',
  })
  async nextAvailableSlot(@Root() therapist: TherapistStub, @Ctx() ctx: SubgraphContext): Promise<TimeSlot | null> {
    // One instant per request, so every therapist of the page shares the loader key and its single statement.
    const now = requestNow(ctx);
    const to = now + NEXT_SLOT_HORIZON_DAYS * DAY;
    const diary = await diaryOf(ctx, therapist.id, now, to, now);
    if (!diary) return null;
    const [slot] = freeSlots(diary.rules, diary.busy, { from: now, to, now, limit: 1 });
    return slot ? toTimeSlot(slot) : null;
  }
}
