import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import type { BookingsServices } from '../services';
import { CreateBookingInput } from './create-booking.input';
import { createBooking } from './create-booking.service';

/** `createBooking`: a client books a free slot. */
@Resolver()
export class CreateBookingResolver {
  constructor(private readonly services: BookingsServices) {}

  @Authorized('CLIENT')
  @Mutation(() => Booking, {
    description:
      "Books a session with an approved, listed therapist at one of their free times (Therapist.availability). CONFIRMED at once, or " +
      'REQUESTED when the therapist confirms each booking. The fee is fixed at booking time; an online session gets its own video room. ' +
      'Refused with BAD_USER_INPUT naming the field (unknown or unbookable therapist, format not offered, home outside the travel area, ' +
      'a time that is past, too soon, too far ahead or outside working hours, an overlong note); BOOKING_CONFLICT when the time was taken; ' +
      'INTERNAL_SERVER_ERROR, with nothing booked, when the therapist directory cannot be asked. Send the same idempotencyKey when retrying: ' +
      'the same request returns the same booking, a different request under a used key is refused (CONFLICT). Clients only.',
  })
  createBooking(
    @Arg('input', () => CreateBookingInput, { description: 'What to book.' }) input: CreateBookingInput,
    @Arg('idempotencyKey', () => String, { description: 'A key you make for this request (a fresh UUID), sent again unchanged on a retry.' })
    idempotencyKey: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Booking> {
    return createBooking(ctx, this.services.config, input, idempotencyKey);
  }
}
