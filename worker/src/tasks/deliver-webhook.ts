import type { Logger, SecretCipher } from '@caregraph/kernel';
import type { Task } from 'graphile-worker';
import type { Pool } from 'pg';
import { isWebhookEventType, webhookPayloadOf, type WebhookEventType } from '../webhooks/event-types';
import { postWebhook, type PostOutcome } from '../webhooks/post-webhook';
import { signWebhook } from '../webhooks/sign';

interface WebhookDeliveryRow {
  id: string;
  status: string;
  event_type: string;
  endpoint_id: string;
  url: string;
  endpoint_status: string;
  organisation_id: string;
  message_id: string;
  facts: Record<string, unknown>;
  occurred_at: Date;
}

export interface DeliverWebhookDeps {
  pool: Pool;
  secrets: SecretCipher;
  logger: Logger;
  timeoutMs: number;
  allowLocalEndpoints: boolean;
}

/**
 * Signs and posts one delivery now. A secret that cannot be read (its key was taken out of
 * WEBHOOK_SECRET_KEYS) or an endpoint with no live secret is a failure like any other: never an unsigned post.
 */
async function attempt(deps: DeliverWebhookDeps, delivery: WebhookDeliveryRow, eventType: WebhookEventType): Promise<PostOutcome> {
  const stored = await deps.pool.query<{ secret_ciphertext: string }>(
    'select secret_ciphertext from webhook_secrets where endpoint_id = $1 and (expires_at is null or expires_at > now()) order by created_at desc',
    [delivery.endpoint_id],
  );
  let secrets: string[];
  try {
    secrets = stored.rows.map((r) => deps.secrets.decrypt(r.secret_ciphertext, delivery.endpoint_id));
  } catch {
    return { ok: false, statusCode: null, error: 'SECRET_UNREADABLE' };
  }
  if (secrets.length === 0) return { ok: false, statusCode: null, error: 'NO_SECRET' };
  const body = JSON.stringify(webhookPayloadOf(eventType, delivery.organisation_id, delivery.facts, delivery.occurred_at));
  const headers = signWebhook({ id: delivery.message_id, timestampSeconds: Math.floor(Date.now() / 1000), body, secrets });
  return postWebhook(delivery.url, body, headers, { timeoutMs: deps.timeoutMs, allowLocal: deps.allowLocalEndpoints, userAgent: 'Caregraph-Webhooks/1' });
}

/**
 * `deliver-webhook`: one event to one organisation's endpoint (docs/adr/030). The payload is rebuilt from
 * the message's ids and states, signed now with every secret the endpoint has not retired (Standard
 * Webhooks), and posted. 2xx is SENT; anything else is recorded (FAILED, or DEAD after the last attempt)
 * and thrown, so graphile-worker tries again later with exponential backoff. The `webhook-id` is the
 * event's id on every attempt and replay, so the receiver deduplicates; the timestamp is the attempt's.
 */
export function deliverWebhookTask(deps: DeliverWebhookDeps): Task {
  return async (payload, helpers) => {
    const { deliveryId } = payload as { deliveryId: string };
    const { rows } = await deps.pool.query<WebhookDeliveryRow>(
      `select d.id, d.status, d.event_type, d.endpoint_id, e.url, e.status as endpoint_status, e.organisation_id, m.id as message_id, m.facts, m.occurred_at
       from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id join messages m on m.id = d.message_id
       where d.id = $1`,
      [deliveryId],
    );
    const delivery = rows[0];
    // Gone (endpoint deleted) or already done: a repeated job changes nothing.
    if (!delivery || delivery.status === 'SENT' || delivery.status === 'SKIPPED') return;
    if (delivery.endpoint_status !== 'ACTIVE' || !isWebhookEventType(delivery.event_type)) {
      await deps.pool.query(`update webhook_deliveries set status = 'SKIPPED', last_error = 'endpoint disabled', updated_at = now() where id = $1`, [delivery.id]);
      return;
    }
    const outcome = await attempt(deps, delivery, delivery.event_type);
    if (outcome.ok) {
      await deps.pool.query(
        `update webhook_deliveries set status = 'SENT', delivered_at = now(), last_status_code = $2, last_error = null, updated_at = now() where id = $1`,
        [delivery.id, outcome.statusCode],
      );
      return;
    }
    const last = helpers.job.attempts >= helpers.job.max_attempts;
    await deps.pool.query(
      `update webhook_deliveries set status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4, updated_at = now() where id = $1 and status <> 'SENT'`,
      [delivery.id, last ? 'DEAD' : 'FAILED', outcome.statusCode, outcome.error],
    );
    deps.logger.warn({ webhookDeliveryId: delivery.id, eventType: delivery.event_type, attempt: helpers.job.attempts, dead: last, reason: outcome.error }, 'webhook delivery failed');
    throw new Error(`webhook delivery failed: ${outcome.error}`);
  };
}
