import { isLocalAddress, UserInputError } from '@caregraph/kernel';

/** Longest endpoint URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * The endpoint URL, normalised, or BAD_USER_INPUT naming `field`. HTTPS only, no user name or password in
 * it, no fragment, and not a local name or address, unless `allowLocal` (development and tests, where the
 * receiver runs on the same machine over plain HTTP).
 */
export function validateWebhookUrl(raw: string, allowLocal: boolean, field = 'url'): string {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_WEBHOOK_URL_LENGTH) throw new UserInputError(field, `${field} must be a URL of 1 to ${MAX_WEBHOOK_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserInputError(field, `${field} must be an absolute URL such as https://example.org/caregraph/events.`);
  }
  if (url.protocol !== 'https:' && !(allowLocal && url.protocol === 'http:')) throw new UserInputError(field, `${field} must use https.`);
  if (url.username || url.password) throw new UserInputError(field, `${field} must not hold a user name or password: the signature proves the sender.`);
  if (url.hash) throw new UserInputError(field, `${field} must not have a fragment (#…).`);
  const host = url.hostname.toLowerCase();
  if (!allowLocal && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local') || isLocalAddress(host))) {
    throw new UserInputError(field, `${field} must be reachable on the internet, not a local or private address.`);
  }
  return url.toString();
}
