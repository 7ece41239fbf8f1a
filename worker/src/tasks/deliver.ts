import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '@caregraph/kernel';
import type { Mailer } from '@caregraph/kernel/mail';
import type { Task } from 'graphile-worker';
import type { Pool, PoolClient } from 'pg';
import { categoryOf, renderMessage, type RecipientRole } from '../messages';
import { resolveRecipients } from '../recipients/resolve-recipients';
import type { SystemRoutes } from '../recipients/system-routes';
import type { WorkerConfig } from '../config';

interface DeliveryRow {
  id: string;
  kind: string;
  recipient_user_id: string;
  recipient_role: RecipientRole;
  channel: 'EMAIL' | 'IN_APP';
  status: string;
  facts: Record<string, unknown>;
}

/** The `Message-ID` of a delivery's e-mail: the same on every attempt, so a repeated send is seen as one. */
export function messageIdOf(deliveryId: string): string {
  return `<${deliveryId}@notifications.caregraph>`;
}

/**
 * What goes into `last_error`: the kind of failure, never the text a mail server sent back (it can
 * quote the address) nor anything else personal.
 */
export function describeFailure(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; name?: string };
  if (typeof e.responseCode === 'number') return `SMTP ${e.responseCode}`;
  if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code)) return e.code;
  return e.name ?? 'Error';
}

async function markSent(client: Pool | PoolClient, id: string): Promise<void> {
  await client.query(`update deliveries set status = 'SENT', delivered_at = now(), updated_at = now(), last_error = null where id = $1`, [id]);
}

/**
 * `deliver`: one delivery (docs/adr/022). In-app: the inbox row (its id is the delivery's) and SENT in one
 * transaction. E-mail: the address is asked of accounts now; a message that can be turned off carries a
 * fresh unsubscribe link; the `Message-ID` comes from the delivery id. A failure is recorded (FAILED, or
 * DEAD after the last attempt) and thrown, so graphile-worker tries again later with backoff.
 */
export function deliverTask(deps: { pool: Pool; routes: SystemRoutes; mailer: Mailer; config: Pick<WorkerConfig, 'appBaseUrls'>; logger: Logger }): Task {
  return async (payload, helpers) => {
    const { deliveryId } = payload as { deliveryId: string };
    const { rows } = await deps.pool.query<DeliveryRow>(
      `select d.id, d.kind, d.recipient_user_id, d.recipient_role, d.channel, d.status, m.facts
       from deliveries d join messages m on m.id = d.message_id where d.id = $1`,
      [deliveryId],
    );
    const delivery = rows[0];
    // Gone (erased) or already done: a repeated job changes nothing.
    if (!delivery || delivery.status === 'SENT' || delivery.status === 'SKIPPED') return;
    try {
      if (delivery.channel === 'IN_APP') await deliverInApp(deps, delivery);
      else await deliverEmail(deps, delivery);
    } catch (error) {
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      await deps.pool.query(`update deliveries set status = $2, attempts = attempts + 1, last_error = $3, updated_at = now() where id = $1 and status <> 'SENT'`, [
        delivery.id,
        last ? 'DEAD' : 'FAILED',
        describeFailure(error),
      ]);
      deps.logger.warn({ deliveryId: delivery.id, kind: delivery.kind, channel: delivery.channel, attempt: helpers.job.attempts, dead: last, reason: describeFailure(error) }, 'delivery failed');
      throw error;
    }
  };
}

async function deliverInApp(deps: { pool: Pool; config: Pick<WorkerConfig, 'appBaseUrls'> }, delivery: DeliveryRow): Promise<void> {
  const message = renderMessage({ notificationKind: delivery.kind, facts: delivery.facts, role: delivery.recipient_role, appBaseUrls: deps.config.appBaseUrls });
  const client = await deps.pool.connect();
  try {
    await client.query('begin');
    await client.query(
      'insert into notifications (id, user_id, kind, title, link) values ($1, $2, $3, $4, $5) on conflict (id) do nothing',
      [delivery.id, delivery.recipient_user_id, delivery.kind, message.title, message.path],
    );
    await markSent(client, delivery.id);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function deliverEmail(deps: { pool: Pool; routes: SystemRoutes; mailer: Mailer; config: Pick<WorkerConfig, 'appBaseUrls'> }, delivery: DeliveryRow): Promise<void> {
  const [person] = await resolveRecipients([{ kind: 'user', userId: delivery.recipient_user_id, role: delivery.recipient_role }], deps.routes);
  if (!person?.email) {
    // Locked or deleted since the message was addressed: nothing is sent.
    await deps.pool.query(`update deliveries set status = 'SKIPPED', last_error = 'account not active', updated_at = now() where id = $1`, [delivery.id]);
    return;
  }
  const category = categoryOf(delivery.kind);
  let unsubscribeUrl: string | undefined;
  if (category !== 'ESSENTIAL') {
    // 32 random bytes: only the holder of the e-mail can use it; only its hash is kept.
    const token = randomBytes(32).toString('base64url');
    await deps.pool.query('insert into unsubscribe_tokens (token_hash, user_id, category) values ($1, $2, $3)', [
      createHash('sha256').update(token).digest('hex'),
      delivery.recipient_user_id,
      category,
    ]);
    unsubscribeUrl = `${deps.config.appBaseUrls.CLIENT}/unsubscribe?token=${token}`;
  }
  const message = renderMessage({ notificationKind: delivery.kind, facts: delivery.facts, role: delivery.recipient_role, appBaseUrls: deps.config.appBaseUrls, unsubscribeUrl });
  await deps.mailer.send({
    to: person.email,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdOf(delivery.id),
    headers: unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>` } : undefined,
  });
  await markSent(deps.pool, delivery.id);
}
