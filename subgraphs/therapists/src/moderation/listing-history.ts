import { groupedByKey, type SubgraphContext } from '@caregraph/runtime';
import { ListingEvent } from './listing-event.entity';

/** A listing's moderation history, oldest first, through a request loader: one statement for all listings asked about. */
export function loadListingHistory(ctx: SubgraphContext, therapistId: string): Promise<ListingEvent[]> {
  return ctx
    .loader<string, ListingEvent[]>('ListingEvent.byTherapist', async (ids) => {
      const rows = await ctx.em.find(ListingEvent, { therapist: { $in: [...ids] } }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
      return groupedByKey(ids, rows, (row) => row.therapist.id);
    })
    .load(therapistId);
}
