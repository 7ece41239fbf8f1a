import type { MikroORM } from '@mikro-orm/postgresql';
import type { OutboxPayload } from '@caregraph/runtime';

/** An outbox row as the delivery worker reads it. */
export interface StoredNotice {
  kind: string;
  payload: OutboxPayload;
}

/** The facts a booking notice may carry: ids, instants, the format, who cancelled and whether late, the status at creation. */
export const ALLOWED_BOOKING_FACTS = ['bookingId', 'therapistId', 'startsAt', 'format', 'status', 'cancelledBy', 'late', 'previousStartsAt'];

/** Every outbox event about `bookingId`, oldest first (kind breaks ties within one transaction). */
export async function noticesFor(orm: MikroORM, bookingId: string): Promise<StoredNotice[]> {
  return orm.em.fork().execute<StoredNotice[]>(
    `select kind, payload from outbox_events where payload->'facts'->>'bookingId' = ? order by occurred_at, kind`,
    [bookingId],
  );
}

/** How many outbox events there are in all. */
export async function noticeCount(orm: MikroORM): Promise<number> {
  const [row] = await orm.em.fork().execute<Array<{ n: string }>>('select count(*) as n from outbox_events');
  return Number(row.n);
}

/**
 * Checks a notice says nothing it must not: only the allowed facts, and none of `secrets` (notes,
 * reasons, postcodes a test wrote into the booking) anywhere in the payload.
 */
export function expectNothingClinical(notice: StoredNotice, secrets: string[] = []): void {
  expect(Object.keys(notice.payload.facts).filter((key) => !ALLOWED_BOOKING_FACTS.includes(key))).toEqual([]);
  const text = JSON.stringify(notice.payload);
  for (const secret of secrets) expect(text).not.toContain(secret);
}
