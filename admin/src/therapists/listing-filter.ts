import type { AdminTherapistFilter, AdminTherapistSort, AdminTherapistSortField, Condition, HcpcVerificationStatus, ListingStatus, SessionFormat } from '../gql/graphql';
import { checkedId } from '../resource-kit/checks';
import { badInput } from '../resource-kit/handler';

/**
 * Filters of the listings screens; every one given must match. All listings send them to the graph
 * (graphListingFilter); only the moderation queue, read whole, applies them itself.
 */
export interface ListingFilter {
  status?: string | string[];
  condition?: string;
  format?: string;
  /** Outward code (`LS6`) or town/city; matched from the start, letter case ignored. */
  place?: string;
  verification?: string;
  /** Free text over name, headline, HCPC number, city and outward code. */
  q?: string;
}

/** Every listing status, in the order the graph declares them. */
export const LISTING_STATUSES: ListingStatus[] = ['DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED'];

/** The listings screen's sortable columns and the graph's order for each. */
const SORT_FIELDS: Record<string, AdminTherapistSortField> = {
  displayName: 'DISPLAY_NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  status: 'STATUS',
  city: 'CITY',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The graph's `AdminTherapistFilter` for the listings screen's filters (and `userId`, for a user's
 * listing): the graph filters, nothing is filtered here. An unknown status or a malformed id is a
 * 400 naming the field before anything is sent.
 */
export function graphListingFilter(filter: ListingFilter & { userId?: unknown }): AdminTherapistFilter {
  const given = filter.status == null || filter.status === '' ? [] : ([] as string[]).concat(filter.status);
  const unknown = given.find((status) => !(LISTING_STATUSES as string[]).includes(status));
  if (unknown !== undefined) badInput('status', `There is no listing status “${unknown}”.`);
  return {
    statuses: given.length ? (given as ListingStatus[]) : undefined,
    condition: (text(filter.condition) as Condition | undefined) ?? undefined,
    sessionFormat: (text(filter.format) as SessionFormat | undefined) ?? undefined,
    place: text(filter.place),
    hcpcVerification: (text(filter.verification) as HcpcVerificationStatus | undefined) ?? undefined,
    search: text(filter.q),
    userId: checkedId('userId', filter.userId, 'Account'),
  };
}

/**
 * The graph's order for react-admin's `sort`: none (or `id`) leaves the graph's default, most
 * recently changed first; a column the graph cannot order by is a 400 naming `sort`.
 */
export function graphListingSort(sort: { field?: string; order?: string } | undefined): AdminTherapistSort | undefined {
  if (!sort?.field || sort.field === 'id') return undefined;
  const field = SORT_FIELDS[sort.field];
  if (!field) badInput('sort', `Listings cannot be ordered by “${sort.field}”.`);
  return { field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}
