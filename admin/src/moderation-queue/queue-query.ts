import type { ListingSummaryFragment } from '../gql/graphql';
import type { ListingFilter } from '../therapists/listing-filter';

// The queue is read whole, so its screen's filters, order and pages are applied here.

const text = (value: unknown) => (value == null ? '' : String(value)).toLocaleLowerCase('en-GB');

/** Whether a queued `listing` matches every filter given. */
export function matchesListingFilter(listing: ListingSummaryFragment, filter: ListingFilter): boolean {
  const statuses = filter.status == null || filter.status === '' ? [] : ([] as string[]).concat(filter.status);
  if (statuses.length && !statuses.includes(listing.status)) return false;
  if (filter.condition && !listing.conditions.includes(filter.condition as never)) return false;
  if (filter.format && !listing.sessionFormats.includes(filter.format as never)) return false;
  if (filter.verification && listing.hcpcVerification.status !== filter.verification) return false;
  if (filter.place) {
    const place = text(filter.place).replace(/\s+/g, ' ').trim();
    if (!text(listing.outwardCode).startsWith(place) && !text(listing.city).startsWith(place)) return false;
  }
  if (filter.q) {
    const haystack = [listing.displayName, listing.headline, listing.hcpcNumber, listing.city, listing.outwardCode].map(text).join('\n');
    if (!text(filter.q).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** The value at a dotted path (`hcpcVerification.status`). */
export function valueAt(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), record);
}

/** Sorts a copy of `records` by `field` (dotted paths allowed), nulls last, text in British collation. */
export function sortRecords<T>(records: T[], field: string, order: 'ASC' | 'DESC'): T[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  const direction = order === 'DESC' ? -1 : 1;
  return [...records].sort((a, b) => {
    const x = valueAt(a, field);
    const y = valueAt(b, field);
    if (x == null && y == null) return 0;
    if (x == null) return 1;
    if (y == null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
    return collator.compare(String(x), String(y)) * direction;
  });
}

/** One page (1-based) of `records`. */
export function pageOf<T>(records: T[], page: number, perPage: number): T[] {
  return records.slice((page - 1) * perPage, page * perPage);
}
