import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ForbiddenError, UserInputError, scheduleChangeTags } from '@caregraph/kernel';
import { isUuid, purgePublicReads, type SubgraphContext } from '@caregraph/runtime';
import { callerTherapistId } from '../graph/caller-therapist';
import { TherapistStub } from '../references/therapist.stub';
import { ScheduleInput } from './schedule.input';
import { ScheduleService } from './schedule.service';
import { Schedule } from './schedule.type';
import { toScheduleView } from './schedule-view';
import { validateSchedule } from './schedule-validation';

/** `Therapist.schedule` and `setTherapistSchedule`. */
@Resolver(() => TherapistStub)
export class ScheduleResolver {
  @FieldResolver(() => Schedule, {
    nullable: true,
    description: "The therapist's working hours and booking rules; null until the therapist sets them (no sessions can be booked until then).",
  })
  async schedule(@Root() therapist: TherapistStub, @Ctx() ctx: SubgraphContext): Promise<Schedule | null> {
    const row = await ScheduleService.load(ctx, therapist.id);
    return row ? toScheduleView(row) : null;
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Schedule, {
    description:
      'Sets the whole schedule of a therapist listing (what is left out takes its default). The listing owner or an admin only: ' +
      'anyone else gets FORBIDDEN. Existing bookings are kept as they are; the new rules apply to new bookings. ' +
      'Overlapping ranges, ranges ending before they start, unknown time zones and repeated dates are refused (BAD_USER_INPUT naming the field).',
  })
  async setTherapistSchedule(
    @Arg('therapistId', () => ID, { description: 'The therapist listing id.' }) therapistId: string,
    @Arg('input', () => ScheduleInput, { description: 'The schedule.' }) input: ScheduleInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: "The schedule's `version` you edited; leave out when setting it for the first time." })
    expectedVersion: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Schedule> {
    if (!isUuid(therapistId)) throw new UserInputError('therapistId', 'therapistId must be a therapist listing id (a UUID).');
    const valid = validateSchedule(input);
    if (!ctx.caller.roles.includes('ADMIN') && (await callerTherapistId(ctx)) !== therapistId) {
      throw new ForbiddenError('Only the owner of this listing, or an admin, can change its schedule.');
    }
    const schedule = await new ScheduleService(ctx.em).replace(therapistId, valid, expectedVersion);
    purgePublicReads(ctx, scheduleChangeTags(therapistId));
    return toScheduleView(schedule);
  }
}
