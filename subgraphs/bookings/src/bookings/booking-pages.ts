import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection, type ConnectionShape, isUuid, readOnlyEntities, readRows } from '@caregraph/runtime';
import { Booking } from './booking.entity';
import type { BookingScope } from './booking-scope';

/** Whose bookings a page lists: a client's or a therapist's. */
export type BookingOwner = 'client' | 'therapist';

const OWNER_COLUMN: Record<BookingOwner, string> = { client: 'client_id', therapist: 'therapist_id' };

/** The position column the window query adds; not a column of `bookings`. */
const POSITION = 'page_position';

/** One statement: SQL with `?` placeholders, and their values in order. */
export interface BookingStatement {
  sql: string;
  bindings: unknown[];
}

/**
 * The two statements of bookingPages: the page rows of every owner, and their grouped counts. Written
 * as text rather than built with knex's query builder, whose building cost about 0.1 ms a page (CPU
 * profile; bench/results.md), a sixth of the read; the same SQL knex built.
 */
export function bookingPageStatements(owner: BookingOwner, ids: readonly string[], window: { limit: number; offset: number }, scope: BookingScope = {}): { page: BookingStatement; counts: BookingStatement } {
  const column = OWNER_COLUMN[owner];
  const { upcomingAfter, statuses, startsFrom, startsBefore, earliestFirst } = scope;
  // Upcoming: live sessions (REQUESTED, CONFIRMED) starting after the instant, soonest first.
  const order = upcomingAfter || earliestFirst ? 'starts_at asc, id' : 'starts_at desc, id';
  const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const where = [`"${column}" in (${list(ids)})`];
  const bindings: unknown[] = [...ids];
  if (upcomingAfter) {
    where.push('"starts_at" > ?', '"status" in (?, ?)');
    bindings.push(upcomingAfter, 'REQUESTED', 'CONFIRMED');
  }
  if (statuses?.length) {
    where.push(`"status" in (${list(statuses)})`);
    bindings.push(...statuses);
  }
  if (startsFrom) {
    where.push('"starts_at" >= ?');
    bindings.push(startsFrom);
  }
  if (startsBefore) {
    where.push('"starts_at" < ?');
    bindings.push(startsBefore);
  }
  const restricted = where.join(' and ');
  return {
    page: {
      sql:
        `select * from (select *, row_number() over (partition by "${column}" order by ${order}) as "${POSITION}" from "bookings" where ${restricted}) as "ranked" ` +
        `where "${POSITION}" > ? and "${POSITION}" <= ? order by "${column}" asc, "${POSITION}" asc`,
      bindings: [...bindings, window.offset, window.offset + window.limit],
    },
    counts: { sql: `select "${column}", count(*) as "total" from "bookings" where ${restricted} group by "${column}"`, bindings },
  };
}

/**
 * One page of bookings for each of `ownerIds`, newest first (`starts_at desc, id`) — or, with
 * `scope.upcomingAfter`, only live ones starting after it, soonest first; or only those in the scope's
 * statuses and start window, earliest first when it asks — in two
 * statements whatever the number of owners: the page rows through `row_number()` over each
 * owner's bookings, and one grouped count for `totalCount`. An id that is not a UUID has
 * no bookings (and is kept out of the SQL, where it would fail the whole batch).
 */
export async function bookingPages(
  em: EntityManager,
  owner: BookingOwner,
  ownerIds: readonly string[],
  window: { limit: number; offset: number },
  scope: BookingScope = {},
): Promise<Array<ConnectionShape<Booking>>> {
  const ids = ownerIds.filter(isUuid);
  if (ids.length === 0) return ownerIds.map(() => toConnection<Booking>([], 0, window.offset));
  const column = OWNER_COLUMN[owner];
  const { page, counts } = bookingPageStatements(owner, ids, window, scope);
  // Prepared (docs/adr/034): both are led by the owner's id, on an index led by that column, whatever the values.
  const [rows, totals] = await Promise.all([readRows(em, page.sql, page.bindings, { prepared: true }), readRows(em, counts.sql, counts.bindings, { prepared: true })]);
  // Read-only bookings, not merged into the identity map (readOnlyEntities): a page is only shown.
  const bookings = readOnlyEntities(em, Booking);
  const pages = new Map<string, Booking[]>();
  for (const row of rows) {
    const booking = bookings.fromRow(row);
    const list = pages.get(row[column] as string);
    if (list) list.push(booking);
    else pages.set(row[column] as string, [booking]);
  }
  const totalOf = new Map(totals.map((t) => [t[column] as string, Number(t.total)]));
  return ownerIds.map((id) => toConnection(pages.get(id) ?? [], totalOf.get(id) ?? 0, window.offset));
}
