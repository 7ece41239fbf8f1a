import type { SubgraphContext } from '@caregraph/runtime';
import type { Booking } from './booking.entity';
import { BookingService } from './booking.service';

/** Resolves `Booking` representations from other subgraphs: all of a request's ids in one statement. */
export const bookingReference = {
  Booking: {
    __resolveReference: (reference: { id: string }, ctx: SubgraphContext): Promise<Booking | null> =>
      BookingService.load(ctx, reference.id),
  },
};
