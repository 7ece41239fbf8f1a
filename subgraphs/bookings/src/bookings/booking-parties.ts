import type { SubgraphContext } from '@caregraph/runtime';
import { callerTherapistId } from '../graph/caller-therapist';
import type { Booking } from './booking.entity';

/**
 * True when the caller is one of the two people in the session: its client, or the therapist
 * who owns its listing (asked through the graph once per request). Admins are not: they see
 * bookings without what the two of them said or where they meet.
 */
export async function isParty(ctx: SubgraphContext, booking: Booking): Promise<boolean> {
  if (!ctx.caller.userId) return false;
  if (booking.clientId !== null && booking.clientId === ctx.caller.userId) return true;
  return (await callerTherapistId(ctx)) === booking.therapistId;
}
