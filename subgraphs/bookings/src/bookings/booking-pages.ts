import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection, type ConnectionShape, isUuid, readOnlyEntities, readRows } from '@caregraph/runtime';
import { Booking } from './booking.entity';
import type { BookingScope } from './booking-scope';

/** Whose bookings a page lists: a client's or a therapist's. */
export type BookingOwner = 'client' | 'therapist';

const OWNER_COLUMN: Record<BookingOwner, string> = { client: 'client_id', therapist: 'therapist_id' };

/** The position column the window query adds; not a column of `bookings`. */
const POSITION = 'page_position';

type Knex = ReturnType<EntityManager['getKnex']>;

/** The two statements of bookingPages (knex queries): the page rows of every owner, and their grouped counts. */
export function bookingPageStatements(knex: Knex, owner: BookingOwner, ids: readonly string[], window: { limit: number; offset: number }, scope: BookingScope = {}) {
  const column = OWNER_COLUMN[owner];
  const { upcomingAfter, statuses, startsFrom, startsBefore, earliestFirst } = scope;
  // Upcoming: live sessions (REQUESTED, CONFIRMED) starting after the instant, soonest first.
  const order = upcomingAfter || earliestFirst ? 'starts_at asc, id' : 'starts_at desc, id';
  const restrict = (query: ReturnType<Knex>) => {
    if (upcomingAfter) query.where('starts_at', '>', upcomingAfter).whereIn('status', ['REQUESTED', 'CONFIRMED']);
    if (statuses?.length) query.whereIn('status', [...statuses]);
    if (startsFrom) query.where('starts_at', '>=', startsFrom);
    if (startsBefore) query.where('starts_at', '<', startsBefore);
    return query;
  };
  const ranked = restrict(
    knex('bookings')
      .select('*', knex.raw(`row_number() over (partition by ?? order by ${order}) as ??`, [column, POSITION]))
      .whereIn(column, [...ids]),
  );
  const page = knex
    .select('*')
    .from(ranked.as('ranked'))
    .where(POSITION, '>', window.offset)
    .andWhere(POSITION, '<=', window.offset + window.limit)
    .orderBy([column, POSITION]);
  const counts = restrict(knex('bookings').select(column).count({ total: '*' }).whereIn(column, [...ids])).groupBy(column);
  return { page, counts };
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
  const { page, counts } = bookingPageStatements(em.getKnex(), owner, ids, window, scope);
  const [pageSql, countSql] = [page.toSQL(), counts.toSQL()];
  const [rows, totals] = await Promise.all([readRows(em, pageSql.sql, pageSql.bindings), readRows(em, countSql.sql, countSql.bindings)]);
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
