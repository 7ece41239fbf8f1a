import { UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import type { CarePlan } from '../care-plans/care-plan.entity';

const BOOKING = `query CarePlansReviewBooking($id: ID!) {
  booking(id: $id) { id status startsAt client { id } therapist { id } }
}`;

interface BookingAnswer {
  booking: { id: string; status: string; startsAt: string; client: { id: string } | null; therapist: { id: string } } | null;
}

/**
 * The start of the session a review is tied to, once the graph confirmed it is a COMPLETED booking of this
 * plan's therapist and client (bookings owns bookings; asked as the caller, docs/adr/009). Refused with
 * BAD_USER_INPUT on `input.bookingId` otherwise; an unavailable graph fails the mutation.
 */
export async function confirmReviewBooking(ctx: SubgraphContext, plan: CarePlan, bookingId: string): Promise<Date> {
  const { booking } = await ctx.graph.request<BookingAnswer>(BOOKING, { id: bookingId });
  if (!booking || booking.client?.id !== plan.clientId || booking.therapist.id !== plan.therapistId) {
    throw new UserInputError('input.bookingId', 'bookingId must be a session of yours with this client.');
  }
  if (booking.status !== 'COMPLETED') {
    throw new UserInputError('input.bookingId', `A review can be tied only to a completed session; this one is ${booking.status}.`);
  }
  return new Date(booking.startsAt);
}
