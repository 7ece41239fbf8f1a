import { UserInputError } from '@caregraph/kernel';
import { encodeCursor, pageWindow, readRows, type SubgraphContext } from '@caregraph/runtime';
import type { Geocoder } from '../geocoding/geocoder';
import { parseOutwardCode, parsePostcode } from '../location/postcode';
import { listingColumns, listingFromRow } from '../therapists/listing-reads';
import type { SearchCriteria } from './search-query';
import { readSearchPage } from './search-page';
import type { TherapistSearchArgs } from './therapist-search.args';
import type { TherapistSearchConnection } from './therapist-search-connection';
import { DEFAULT_RADIUS_KM } from './therapist-search.input';
import { TherapistSearchSort } from './therapist-search-sort';

/**
 * The public directory search (no sign-in needed): approved, visible listings only. The page of
 * listings with their distances, and the bounded total (search-page.ts).
 */
export class TherapistSearchService {
  constructor(
    private readonly ctx: SubgraphContext,
    private readonly geocoder: Geocoder,
  ) {}

  async search(args: TherapistSearchArgs): Promise<TherapistSearchConnection> {
    const window = pageWindow(args);
    const criteria = await this.criteria(args);
    const page = await readSearchPage(criteria, window, (statement, options) => readRows(this.ctx.em, statement.sql, statement.bindings, options), listingColumns(this.ctx.em));
    const edges = page.rows.map((row, i) => ({
      node: listingFromRow(this.ctx.em, row),
      cursor: encodeCursor(window.offset + i),
      distanceKm: row.distance_km === null ? null : Math.round(row.distance_km * 10) / 10,
    }));
    return {
      edges,
      totalCount: page.total,
      totalCountIsExact: page.totalIsExact,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: window.offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Checks the arguments that validation cannot, and geocodes the place. */
  private async criteria(args: TherapistSearchArgs): Promise<SearchCriteria> {
    const filter = args.filter ?? {};
    const sort = args.sort ?? (filter.near ? TherapistSearchSort.DISTANCE : TherapistSearchSort.NEWEST);
    if (sort === TherapistSearchSort.DISTANCE && !filter.near) {
      throw new UserInputError('sort', 'sort DISTANCE needs filter.near: a postcode to measure from.');
    }
    return {
      conditions: filter.conditions ?? [],
      format: filter.format ?? null,
      near: filter.near ? { ...(await this.locate(filter.near.postcode)), radiusKm: filter.near.radiusKm ?? DEFAULT_RADIUS_KM } : null,
      maxFeePence: filter.maxFeePence ?? null,
      language: filter.language ?? null,
      gender: filter.gender ?? null,
      funding: filter.funding ?? null,
      text: filter.text?.trim() || null,
      sort,
    };
  }

  /** The point of a searched postcode or outward code; BAD_USER_INPUT on `filter.near.postcode` when unknown. */
  private async locate(input: string): Promise<{ latitude: number; longitude: number }> {
    const postcode = parsePostcode(input);
    const outward = postcode ? null : parseOutwardCode(input);
    const point = postcode ? await this.geocoder.locatePostcode(postcode) : outward ? await this.geocoder.locateOutwardCode(outward) : null;
    if (!point) throw new UserInputError('filter.near.postcode', `filter.near.postcode "${input.trim()}" is not a UK postcode we can place on the map.`);
    return { latitude: point.latitude, longitude: point.longitude };
  }
}
