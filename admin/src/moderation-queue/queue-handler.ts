import type { ApolloClient } from '@apollo/client';
import type { GetListParams, GetManyReferenceParams, RaRecord } from 'ra-core';
import type { ListingSummaryFragment, ModerationQueueItemKind } from '../gql/graphql';
import type { ResourceHandler } from '../resource-kit/handler';
import type { ListingFilter } from '../therapists/listing-filter';
import { LISTINGS_READ_ONLY, moderationSteps } from '../therapists/moderation-steps';
import { readListing } from '../therapists/read-listing';
import { MODERATION_QUEUE } from './operations';
import { matchesListingFilter, pageOf, sortRecords, valueAt } from './queue-query';

/**
 * The most entries the moderation queue screen loads. The queue is a cursor list, oldest first,
 * with no filter of its own, so the dashboard reads it whole (it is short: what waits for review)
 * and filters it here. All listings are filtered by the graph (`adminTherapists`).
 */
export const MAX_LISTINGS = 2000;
const PAGE = 100;

/** A row of the moderation queue; its id is the listing's. */
export interface QueueRecord {
  id: string;
  kind: ModerationQueueItemKind;
  waitingSince: string;
  waitingSeconds: number;
  listing: ListingSummaryFragment;
}

/** Listing reviews before pending changes, then the longest waiting first. */
function queueOrder(items: QueueRecord[]): QueueRecord[] {
  const rank = (item: QueueRecord) => (item.kind === 'LISTING_REVIEW' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || Date.parse(a.waitingSince) - Date.parse(b.waitingSince));
}

/**
 * The `moderationQueue` resource: waiting listings, pending first, oldest first (filters `kind` and
 * the listings screen's, bar status). Its ids are listing ids, so a row's page is the listing's and
 * its moderation steps are the listings' (`update`/`updateMany` with `data.action`).
 */
export function moderationQueueHandler(client: ApolloClient): ResourceHandler {
  const { update, updateMany } = moderationSteps(client);

  async function queue(filter: ListingFilter & { kind?: ModerationQueueItemKind }): Promise<QueueRecord[]> {
    const items: QueueRecord[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await client.query({ query: MODERATION_QUEUE, variables: { first: PAGE, after } });
      const page = data!.moderationQueue;
      items.push(...page.edges.map(({ node }) => ({ id: node.listing.id, kind: node.kind, waitingSince: node.waitingSince, waitingSeconds: node.waitingSeconds, listing: node.listing })));
      if (items.length > MAX_LISTINGS || !page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return items.filter((item) => (!filter.kind || item.kind === filter.kind) && matchesListingFilter(item.listing, { ...filter, status: undefined }));
  }

  async function getList(params: GetListParams) {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const items = await queue((params.filter ?? {}) as ListingFilter & { kind?: ModerationQueueItemKind });
    const field = params.sort?.field;
    const records: RaRecord[] = !field || field === 'queue' || field === 'id' ? queueOrder(items) : sortRecords(items, field, params.sort!.order);
    return { data: pageOf(records, page, perPage), total: records.length };
  }

  return {
    getList,
    getOne: (id) => readListing(client, id),
    // Any field of a row, dotted paths included (`listing.status`), matched in the whole queue.
    async getManyReference(params: GetManyReferenceParams) {
      const all = await getList({ pagination: { page: 1, perPage: MAX_LISTINGS }, sort: params.sort, filter: params.filter });
      const matching = all.data.filter((record) => String(valueAt(record, params.target)) === String(params.id));
      return { data: pageOf(matching, params.pagination.page, params.pagination.perPage), total: matching.length };
    },
    update,
    updateMany,
    readOnlyMessage: LISTINGS_READ_ONLY,
  };
}
