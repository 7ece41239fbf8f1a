/**
 * Who an outbox event is for. The worker resolves each to people and addresses at delivery time
 * (accounts for users and admins, therapists for a listing's user), so an event never carries an
 * e-mail address and a changed address is honoured.
 */
export type OutboxRecipient =
  | { kind: 'user'; userId: string; role: 'CLIENT' | 'THERAPIST' | 'ADMIN' }
  | { kind: 'therapist'; therapistId: string }
  | { kind: 'admins' }
  // An organisation's subscribed systems, by webhook (docs/adr/030): never a person; ids and states only.
  | { kind: 'organisation'; organisationId: string };

/**
 * The whole of what an outbox event says. `facts` are the few non-clinical values a message shows or
 * links with: ids (`bookingId`, `carePlanId`, `therapistId`, `riskFlagId`), instants (`startsAt`),
 * formats, a moderation decision and the admin's message. Nothing clinical: no answers, scores,
 * goals, conditions or notes (docs/adr/022-notifications-outbox-and-delivery-worker.md).
 */
export interface OutboxPayload {
  recipients: OutboxRecipient[];
  facts: Record<string, string | number | boolean | null>;
}
