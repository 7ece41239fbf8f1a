import type { Task } from 'graphile-worker';
import type { Pool } from 'pg';
import { categoryOf, notificationKindOf } from '../messages';
import { organisationIdsOf, recipientReferencesOf, resolveRecipients, type Recipient } from '../recipients/resolve-recipients';
import type { SystemRoutes } from '../recipients/system-routes';
import { isWebhookEventType } from '../webhooks/event-types';
import { organisationsThatMayHear } from '../webhooks/organisations-that-may-hear';
import { queueWebhookDeliveries } from '../webhooks/queue-webhook-deliveries';

const CHANNELS = ['EMAIL', 'IN_APP'] as const;

/** Why a person gets no delivery of a message, or null when they get one. */
function skipReason(recipient: Recipient, category: string, preferences: Map<string, { reminders: boolean; invitations: boolean }>): string | null {
  if (recipient.email === null) return 'account not active';
  const choice = preferences.get(recipient.userId);
  if (category === 'REMINDER' && choice && !choice.reminders) return 'reminders turned off';
  if (category === 'INVITATION' && choice && !choice.invitations) return 'invitations turned off';
  return null;
}

/**
 * `notify`: one message to the organisations it names (their subscribed endpoints, docs/adr/030) and to its
 * people (docs/adr/022). Resolves who they are now, then in ONE transaction
 * writes a delivery per person and channel (unique, so a repeated job adds nothing) and a `deliver` job for
 * each new pending one. People who cannot be reached or turned this kind off get a SKIPPED delivery, so the
 * delivery log says why nothing went.
 */
export function notifyTask(deps: { pool: Pool; routes: SystemRoutes; maxAttempts: number }): Task {
  return async (payload) => {
    const { messageId, recipients } = payload as { messageId: string; recipients: unknown };
    const { rows } = await deps.pool.query<{ kind: string }>('select kind from messages where id = $1', [messageId]);
    if (!rows[0]) return; // erased since: nothing to say
    const references = recipientReferencesOf(recipients);
    const organisationIds = organisationIdsOf(references);
    if (isWebhookEventType(rows[0].kind) && organisationIds.length > 0) {
      const mayHear = await organisationsThatMayHear(deps.routes, organisationIds);
      await queueWebhookDeliveries(deps.pool, { messageId, eventType: rows[0].kind, organisationIds: mayHear, maxAttempts: deps.maxAttempts });
    }
    const notificationKind = notificationKindOf(rows[0].kind);
    if (!notificationKind) return; // a kind no person is told of (or this worker does not know)
    const people = await resolveRecipients(references, deps.routes);
    if (people.length === 0) return;
    const category = categoryOf(notificationKind);
    const client = await deps.pool.connect();
    try {
      await client.query('begin');
      const prefs = await client.query<{ user_id: string; reminders: boolean; invitations: boolean }>(
        'select user_id, reminders, invitations from notification_preferences where user_id = any($1::uuid[])',
        [people.map((p) => p.userId)],
      );
      const preferences = new Map(prefs.rows.map((p) => [p.user_id, p]));
      const rowsToWrite = people.flatMap((person) => {
        const skipped = skipReason(person, category, preferences);
        return CHANNELS.map((channel) => ({ user: person.userId, role: person.role, channel, status: skipped ? 'SKIPPED' : 'PENDING', reason: skipped }));
      });
      await client.query(
        `with wanted as (
           select * from jsonb_to_recordset($1::jsonb) as w("user" uuid, role text, channel text, status text, reason text)
         ), written as (
           insert into deliveries (id, message_id, kind, recipient_user_id, recipient_role, channel, status, last_error)
           select gen_random_uuid(), $2, $3, "user", role, channel, status, reason from wanted
           on conflict (message_id, recipient_user_id, channel) do nothing
           returning id, status
         )
         select graphile_worker.add_job('deliver', json_build_object('deliveryId', id), job_key => 'delivery:' || id, max_attempts => $4)
         from written where status = 'PENDING'`,
        [JSON.stringify(rowsToWrite), messageId, notificationKind, deps.maxAttempts],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}
