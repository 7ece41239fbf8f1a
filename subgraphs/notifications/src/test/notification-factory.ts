import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@caregraph/runtime/testing';

/**
 * Writes rows as the delivery worker does, with plain SQL on the column names of the contract
 * (docs/adr/022-notifications-outbox-and-delivery-worker.md), so a test fails if an entity drifts from them.
 */

/** A relayed outbox event; returns its id. */
export async function insertMessage(subgraph: TestSubgraph, kind = 'booking.confirmed'): Promise<string> {
  const id = randomUUID();
  await subgraph.db.orm.em.getConnection().execute(
    `insert into messages (id, source, kind, facts, occurred_at) values (?, 'bookings', ?, ?::jsonb, now()) on conflict do nothing`,
    [id, kind, JSON.stringify({ bookingId: randomUUID() })],
  );
  return id;
}

export interface DeliveryRow {
  userId?: string;
  kind?: string;
  role?: 'CLIENT' | 'THERAPIST' | 'ADMIN';
  channel?: 'EMAIL' | 'IN_APP';
  status?: 'PENDING' | 'SENT' | 'FAILED' | 'DEAD' | 'SKIPPED';
  attempts?: number;
  lastError?: string | null;
  createdAt?: Date;
}

/** One delivery of a new message; returns its id. */
export async function insertDelivery(subgraph: TestSubgraph, row: DeliveryRow = {}): Promise<string> {
  const id = randomUUID();
  const messageId = await insertMessage(subgraph);
  await subgraph.db.orm.em.getConnection().execute(
    `insert into deliveries (id, message_id, kind, recipient_user_id, recipient_role, channel, status, attempts, last_error, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id, recipient_user_id, channel) do nothing`,
    [
      id,
      messageId,
      row.kind ?? 'BOOKING_CONFIRMED',
      row.userId ?? randomUUID(),
      row.role ?? 'CLIENT',
      row.channel ?? 'EMAIL',
      row.status ?? 'PENDING',
      row.attempts ?? 0,
      row.lastError ?? null,
      row.createdAt ?? new Date(),
      row.createdAt ?? new Date(),
    ],
  );
  return id;
}

export interface NotificationRow {
  userId: string;
  kind?: string;
  title?: string;
  link?: string;
  createdAt?: Date;
  readAt?: Date | null;
}

/** One in-app notification (its id is a made-up delivery id); returns the id. */
export async function insertNotification(subgraph: TestSubgraph, row: NotificationRow): Promise<string> {
  const id = randomUUID();
  await subgraph.db.orm.em.getConnection().execute(
    `insert into notifications (id, user_id, kind, title, link, created_at, read_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
    [id, row.userId, row.kind ?? 'BOOKING_CONFIRMED', row.title ?? 'Your therapist confirmed your session', row.link ?? `/bookings/${randomUUID()}`, row.createdAt ?? new Date(), row.readAt ?? null],
  );
  return id;
}

/** `count` notifications for `userId`, one minute apart, the last one newest; returns their ids oldest first. */
export async function insertInbox(subgraph: TestSubgraph, userId: string, count: number, start = Date.UTC(2026, 2, 1, 9)): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await insertNotification(subgraph, { userId, createdAt: new Date(start + i * 60_000), title: `Notice ${i}` }));
  return ids;
}
