import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection, type ConnectionShape } from '@caregraph/runtime';
import { CARE_RELATIONSHIP_STATUSES, GOING_AHEAD_STATUSES } from '../bookings/care-relationship';
import type { TherapistClient } from './therapist-client.type';

/**
 * One page of the clients a therapist listing has a care relationship with, each summarised from their
 * bookings, ordered by next session (those with none last) then client id: two statements (the grouped page
 * and the count) whatever the page size. Clients erased from accounts (retained records without a client
 * id) are not listed.
 */
export async function therapistClientsPage(
  em: EntityManager,
  therapistId: string,
  now: Date,
  window: { limit: number; offset: number },
): Promise<ConnectionShape<TherapistClient>> {
  const knex = em.getKnex();
  const relationship = () =>
    knex('bookings').where('therapist_id', therapistId).whereNotNull('client_id').whereIn('status', [...CARE_RELATIONSHIP_STATUSES]);
  const ahead = knex.raw(`status in (${GOING_AHEAD_STATUSES.map(() => '?').join(', ')}) and starts_at > ?`, [...GOING_AHEAD_STATUSES, now]);
  const page = relationship()
    .select(
      'client_id',
      knex.raw('min(starts_at) as first_session_at'),
      knex.raw("max(starts_at) filter (where status = 'COMPLETED') as last_session_at"),
      knex.raw("count(*) filter (where status = 'COMPLETED') as completed_sessions"),
      knex.raw('count(*) filter (where ?) as upcoming_sessions', [ahead]),
      knex.raw('min(starts_at) filter (where ?) as next_starts_at', [ahead]),
      knex.raw('(array_agg(id order by starts_at, id) filter (where ?))[1] as next_session_id', [ahead]),
    )
    .groupBy('client_id')
    .orderByRaw('next_starts_at asc nulls last, client_id asc')
    .limit(window.limit)
    .offset(window.offset);
  const count = relationship().countDistinct({ total: 'client_id' });

  const [rows, totals] = await Promise.all([
    em.execute<Array<Record<string, unknown>>>(page),
    em.execute<Array<{ total: string | number }>>(count),
  ]);
  const clients = rows.map((row) => ({
    clientId: row.client_id as string,
    client: { id: row.client_id as string },
    nextSessionId: (row.next_session_id as string | null) ?? null,
    firstSessionAt: new Date(row.first_session_at as string),
    lastSessionAt: row.last_session_at ? new Date(row.last_session_at as string) : null,
    completedSessions: Number(row.completed_sessions),
    upcomingSessions: Number(row.upcoming_sessions),
  }));
  return toConnection(clients, Number(totals[0]?.total ?? 0), window.offset);
}
