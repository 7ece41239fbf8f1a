import { graphql } from '../gql';

/** A page of the directory's listings for the sitemap: newest first, what their addresses are made of. */
export const SITEMAP_LISTINGS = graphql(`
  query SitemapListings($first: Int, $after: String) {
    searchTherapists(first: $first, after: $after, sort: NEWEST) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          city
        }
      }
    }
  }
`);
