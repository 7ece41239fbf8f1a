// Reading an outbox event's facts defensively: a fact that is missing, of the wrong type or not one of
// the expected values reads as undefined, and the message falls back to a general sentence. Only what
// these readers return ever reaches a message, so a stray clinical fact has no way in.
import { formatLondonTime } from './dates';

type Facts = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id fit to put in a path (a UUID), else undefined. */
export function idFact(facts: Facts, key: string): string | undefined {
  const value = facts[key];
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined;
}

/** One of the expected values, else undefined. */
export function oneOfFact<T extends string>(facts: Facts, key: string, allowed: readonly T[]): T | undefined {
  const value = facts[key];
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** An ISO instant as London wall-clock words, else undefined. */
export function timeFact(facts: Facts, key: string): string | undefined {
  return formatLondonTime(facts[key]);
}

/** True only for a real `true`. */
export function flagFact(facts: Facts, key: string): boolean {
  return facts[key] === true;
}

/** Longest admin message shown in full; a longer one is cut, the rest is on the listing page. */
const MAX_MESSAGE_LENGTH = 2000;

/** Free text someone wrote (the admin's moderation message), trimmed, or undefined when empty. */
export function textFact(facts: Facts, key: string): string | undefined {
  const value = facts[key];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_MESSAGE_LENGTH ? `${trimmed.slice(0, MAX_MESSAGE_LENGTH).trimEnd()}…` : trimmed;
}
