import { createHmac } from 'node:crypto';

/** The Standard Webhooks headers of one delivery attempt. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The key a `whsec_…` secret stands for: the base64 after the prefix. */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

/**
 * Signs a payload as the Standard Webhooks specification describes: HMAC-SHA256 over
 * `<id>.<timestamp>.<body>` with each secret, each signature written `v1,<base64>`, space-separated, so a
 * receiver that knows any one of the secrets (during a rotation) accepts it. `timestampSeconds` is the
 * time of this attempt, so a receiver refuses an old request replayed later.
 */
export function signWebhook(input: { id: string; timestampSeconds: number; body: string; secrets: readonly string[] }): WebhookHeaders {
  if (input.secrets.length === 0) throw new Error('a webhook is never sent unsigned: the endpoint has no secret');
  const signed = `${input.id}.${input.timestampSeconds}.${input.body}`;
  const signatures = input.secrets.map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(signed).digest('base64')}`);
  return { 'webhook-id': input.id, 'webhook-timestamp': String(input.timestampSeconds), 'webhook-signature': signatures.join(' ') };
}
