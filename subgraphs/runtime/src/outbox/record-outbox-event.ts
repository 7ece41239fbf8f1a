import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEvent } from './outbox-event.entity';
import type { OutboxPayload } from './outbox-payload';

/**
 * Adds an event to this subgraph's outbox in the caller's unit of work: call it inside the transaction
 * that makes the change (`em.transactional`), so both commit or neither does. Returns the event, whose
 * `id` is the message id.
 */
export function recordOutboxEvent(em: EntityManager, kind: string, payload: OutboxPayload): OutboxEvent {
  if (!/^[a-z-]+\.[a-z-]+$/.test(kind)) throw new Error(`outbox event kind "${kind}" must look like "booking.confirmed"`);
  if (payload.recipients.length === 0) throw new Error(`outbox event "${kind}" has no recipient`);
  const event = em.create(OutboxEvent, { kind, payload });
  em.persist(event);
  return event;
}
