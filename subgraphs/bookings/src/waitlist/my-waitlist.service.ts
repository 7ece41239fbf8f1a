import { NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { requestNow } from '../time/request-now';
import { waitlistToday } from './waitlist-days';
import { WaitlistEndReason, WaitlistEntry } from './waitlist-entry.entity';

/** The calling client's active entries (not left, last day not passed), in the order they joined. */
export function myWaitlist(ctx: SubgraphContext): Promise<WaitlistEntry[]> {
  const today = waitlistToday(requestNow(ctx));
  return ctx.em.find(WaitlistEntry, { clientId: ctx.caller.userId!, endedAt: null, toDate: { $gte: today } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Takes the calling client off a waitlist. Someone else's entry, or none, is NOT_FOUND alike: nobody
 * learns whether another person waits. Leaving again returns the entry as it was left.
 */
export async function leaveWaitlist(ctx: SubgraphContext, id: string): Promise<WaitlistEntry> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a waitlist entry id (a UUID).');
  const clientId = ctx.caller.userId!;
  const em = ctx.em.fork();
  const left = await em.transactional(async (tx) => {
    const entry = await tx.findOne(WaitlistEntry, { id, clientId });
    if (entry && !entry.endedAt) {
      entry.endedAt = new Date(requestNow(ctx));
      entry.endReason = WaitlistEndReason.LEFT;
    }
    return entry;
  });
  if (!left) throw new NotFoundError('WaitlistEntry', id);
  return left;
}
