import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PublicCache, PUBLIC_TIMES_MAX_AGE, type SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { CancellationPolicy } from './cancellation-policy.type';
import { ScheduleService } from './schedule.service';

/** `Therapist.cancellationPolicy`: public, like the schedule it is read from, so a client sees it before booking. */
@Resolver(() => TherapistStub)
export class CancellationPolicyResolver {
  @PublicCache(PUBLIC_TIMES_MAX_AGE)
  @FieldResolver(() => CancellationPolicy, {
    nullable: true,
    description:
      "The therapist's cancellation policy for new bookings, from their schedule; null until they set a schedule (nothing can be booked " +
      'until then). A page of therapists costs one SQL statement (shared with `schedule`).',
  })
  async cancellationPolicy(@Root() therapist: TherapistStub, @Ctx() ctx: SubgraphContext): Promise<CancellationPolicy | null> {
    const row = await ScheduleService.load(ctx, therapist.id);
    return row ? Object.assign(new CancellationPolicy(), { freeCancellationHours: row.cancellationCutoffHours }) : null;
  }
}
