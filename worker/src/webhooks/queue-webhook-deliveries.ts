import type { Pool } from 'pg';

/**
 * Plans one event's deliveries to the organisations it names (docs/adr/030): one `webhook_deliveries` row per
 * ACTIVE endpoint of those organisations subscribed to the event's type, and a `deliver-webhook` job for each,
 * in one statement. Unique per endpoint and message, so a repeated `notify` job plans nothing twice.
 * Returns how many were planned.
 */
export async function queueWebhookDeliveries(pool: Pool, input: { messageId: string; eventType: string; organisationIds: readonly string[]; maxAttempts: number }): Promise<number> {
  if (input.organisationIds.length === 0) return 0;
  const { rowCount } = await pool.query(
    `with planned as (
       insert into webhook_deliveries (id, endpoint_id, message_id, event_type)
       select gen_random_uuid(), e.id, $1, $2 from webhook_endpoints e
       where e.organisation_id = any($3::uuid[]) and e.status = 'ACTIVE' and $2 = any(e.event_types)
       on conflict (endpoint_id, message_id) do nothing
       returning id
     )
     select graphile_worker.add_job('deliver-webhook', json_build_object('deliveryId', id), job_key => 'webhook:' || id, max_attempts => $4) from planned`,
    [input.messageId, input.eventType, input.organisationIds, input.maxAttempts],
  );
  return rowCount ?? 0;
}
