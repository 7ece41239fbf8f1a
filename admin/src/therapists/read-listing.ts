import type { ApolloClient } from '@apollo/client';
import type { Identifier } from 'ra-core';
import { HttpError } from 'ra-core';
import type { ListingDetailFragment } from '../gql/graphql';
import { THERAPIST } from './operations';

/** One listing with everything its page shows, or a 404. */
export async function readListing(client: ApolloClient, id: Identifier): Promise<ListingDetailFragment> {
  const { data } = await client.query({ query: THERAPIST, variables: { id: String(id) } });
  if (!data?.therapist) throw new HttpError('There is no listing with this id (it may have been deleted).', 404, { code: 'NOT_FOUND' });
  return data.therapist;
}
