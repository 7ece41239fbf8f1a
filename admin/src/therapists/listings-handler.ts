import type { ApolloClient } from '@apollo/client';
import type { GetListParams } from 'ra-core';
import type { ListingSummaryFragment } from '../gql/graphql';
import { badInput, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { graphListingFilter, graphListingSort, type ListingFilter } from './listing-filter';
import { LISTINGS_READ_ONLY, moderationSteps } from './moderation-steps';
import { ADMIN_THERAPISTS } from './operations';
import { readListing } from './read-listing';

/**
 * The `therapists` resource ("All listings"), written against the graph's operations: every listing
 * filtered, ordered and paged by the graph's `adminTherapists` (filters status, condition, format,
 * place, verification, q, userId), read in pages of at most 100; one listing with its history; and
 * the moderation steps as `update`/`updateMany` (moderation-steps.ts).
 */
export function listingsHandler(client: ApolloClient): ResourceHandler {
  const { update, updateMany } = moderationSteps(client);
  return {
    async getList(params: GetListParams): Promise<{ data: ListingSummaryFragment[]; total: number }> {
      const filter = graphListingFilter((params.filter ?? {}) as ListingFilter);
      const sort = graphListingSort(params.sort);
      const { offset, limit } = offsetWindow(params);
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_THERAPISTS, variables: { filter, sort, offset: o, limit: l } });
        return data!.adminTherapists;
      });
      return { data: items, total };
    },

    getOne: (id) => readListing(client, id),

    // The graph filters listings by these; a user's listing is `userId`.
    referenceFilter: (target, id) => {
      if (target !== 'status' && target !== 'userId') badInput(target, `Listings can be listed by status or account, not by ${target}.`);
      return { [target]: id };
    },

    update,
    updateMany,
    readOnlyMessage: LISTINGS_READ_ONLY,
  };
}
