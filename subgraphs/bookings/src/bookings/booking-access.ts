import { ForbiddenError, UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { callerTherapistId } from '../graph/caller-therapist';
import type { Booking } from './booking.entity';
import { isParty } from './booking-parties';

/** Admins (moderating) and the platform itself (erasure) see every booking; their notes stay hidden (isParty). */
const seesAll = (ctx: SubgraphContext) => ctx.caller.roles.includes('ADMIN') || ctx.caller.roles.includes('SYSTEM');

/** Who may see a booking: its client, its therapist, admins. Everyone else: as if it did not exist. */
export async function canSeeBooking(ctx: SubgraphContext, booking: Booking): Promise<boolean> {
  return seesAll(ctx) || isParty(ctx, booking);
}

/** `User.bookings`: the person themselves or an admin; FORBIDDEN otherwise (UNAUTHENTICATED when nobody is signed in). */
export function assertMayListClientBookings(ctx: SubgraphContext, userId: string): void {
  if (!ctx.caller.userId) throw new UnauthenticatedError('Sign in to see bookings.');
  if (!seesAll(ctx) && ctx.caller.userId !== userId) throw new ForbiddenError("Only the client themselves or an admin can list a client's bookings.");
}

/** `Therapist.bookings`: the listing's owner (asked through the graph) or an admin; FORBIDDEN otherwise (UNAUTHENTICATED when nobody is signed in). */
export async function assertMayListTherapistBookings(ctx: SubgraphContext, therapistId: string): Promise<void> {
  if (!ctx.caller.userId) throw new UnauthenticatedError('Sign in to see bookings.');
  if (!seesAll(ctx) && (await callerTherapistId(ctx)) !== therapistId) {
    throw new ForbiddenError("Only the therapist themselves or an admin can list a therapist's bookings.");
  }
}
