import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '@caregraph/kernel';
import { turnOff } from '../preferences/preferences.service';
import { UnsubscribeCategory } from './unsubscribe-category';
import { UnsubscribeResult } from './unsubscribe-result.type';
import { UnsubscribeToken } from './unsubscribe-token.entity';

/** Longer than any token the worker makes (32 bytes in base64url or hex); refuses huge input before hashing it. */
const MAX_TOKEN_LENGTH = 128;

/** SHA-256 hex of a token, as `unsubscribe_tokens.token_hash` stores it. */
export function hashUnsubscribeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const FIELD_OF: Record<UnsubscribeCategory, 'reminders' | 'invitations'> = {
  [UnsubscribeCategory.REMINDER]: 'reminders',
  [UnsubscribeCategory.INVITATION]: 'invitations',
};

/**
 * Follows a one-click unsubscribe link: finds the token by its hash and turns that category off for the
 * person it was sent to. Idempotent: the token stays valid and following it again changes nothing and
 * answers the same. An unknown token is BAD_USER_INPUT on `token` (the same answer whatever is wrong
 * with it, so the answer teaches nothing).
 *
 * No rate limit of its own beyond the gateway's per-address one: tokens are 32 random bytes (256 bits),
 * so guessing one is hopeless however many tries are made, and the database holds only their hashes.
 */
export async function unsubscribe(em: EntityManager, token: string): Promise<UnsubscribeResult> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw new UserInputError('token', 'This unsubscribe link is not valid.');
  const found = await em.findOne(UnsubscribeToken, { tokenHash: hashUnsubscribeToken(token) });
  if (!found) throw new UserInputError('token', 'This unsubscribe link is not valid.');
  await turnOff(em, found.userId, FIELD_OF[found.category]);
  return Object.assign(new UnsubscribeResult(), { category: found.category });
}
