import type { RecipientRole } from '../messages';
import type { SystemRoutes } from './system-routes';

/** Who an outbox event names (the runtime's OutboxRecipient, as the worker reads it from JSON). */
export type RecipientReference =
  | { kind: 'user'; userId: string; role: RecipientRole }
  | { kind: 'therapist'; therapistId: string }
  | { kind: 'admins' }
  | { kind: 'organisation'; organisationId: string };

/** A person to tell, with the role they are told as; `email` is null when their account cannot be reached. */
export interface Recipient {
  userId: string;
  role: RecipientRole;
  email: string | null;
}

/** The most ids one system-route call carries (the routes' own limit). */
const MAX_IDS_PER_CALL = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the references in a job's payload, dropping anything malformed (it can only come from a bug). */
export function recipientReferencesOf(raw: unknown): RecipientReference[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is RecipientReference => {
    if (!r || typeof r !== 'object') return false;
    const ref = r as Record<string, unknown>;
    if (ref.kind === 'admins') return true;
    if (ref.kind === 'therapist') return typeof ref.therapistId === 'string' && UUID.test(ref.therapistId);
    if (ref.kind === 'organisation') return typeof ref.organisationId === 'string' && UUID.test(ref.organisationId);
    return ref.kind === 'user' && typeof ref.userId === 'string' && UUID.test(ref.userId) && (ref.role === 'CLIENT' || ref.role === 'THERAPIST' || ref.role === 'ADMIN');
  });
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_IDS_PER_CALL) out.push(items.slice(i, i + MAX_IDS_PER_CALL));
  return out;
}

/** The organisations an event names: their endpoints hear of it (webhooks), never a person. */
export function organisationIdsOf(references: readonly RecipientReference[]): string[] {
  return [...new Set(references.flatMap((r) => (r.kind === 'organisation' ? [r.organisationId] : [])))];
}

/**
 * Turns references into people (organisations are not people: their endpoints are told by webhook), at delivery time (docs/adr/022): a listing's user from therapists, and
 * every address from accounts, which answers only for active accounts (a locked or deleted one comes
 * back without an address, so nothing is sent to it). One person named twice is told once, in the
 * first role named.
 */
export async function resolveRecipients(references: readonly RecipientReference[], routes: SystemRoutes): Promise<Recipient[]> {
  const wanted = new Map<string, RecipientRole>();
  const therapistIds = [...new Set(references.flatMap((r) => (r.kind === 'therapist' ? [r.therapistId] : [])))];
  for (const ids of chunks(therapistIds)) {
    const { therapists } = await routes.post<{ therapists: Array<{ therapistId: string; userId: string }> }>('therapists', '/internal/therapist-users', { therapistIds: ids });
    for (const t of therapists) if (!wanted.has(t.userId)) wanted.set(t.userId, 'THERAPIST');
  }
  for (const r of references) if (r.kind === 'user' && !wanted.has(r.userId)) wanted.set(r.userId, r.role);
  const admins = references.some((r) => r.kind === 'admins');
  const emails = new Map<string, string>();
  const userIds = [...wanted.keys()];
  const calls = chunks(userIds);
  if (calls.length === 0 && admins) calls.push([]);
  for (const [i, ids] of calls.entries()) {
    const { recipients } = await routes.post<{ recipients: Array<{ userId: string; email: string; roles: string[] }> }>('accounts', '/internal/recipients', { userIds: ids, admins: admins && i === 0 });
    for (const r of recipients) {
      emails.set(r.userId, r.email);
      if (admins && r.roles.includes('ADMIN') && !wanted.has(r.userId)) wanted.set(r.userId, 'ADMIN');
    }
  }
  return [...wanted.entries()].map(([userId, role]) => ({ userId, role, email: emails.get(userId) ?? null }));
}
