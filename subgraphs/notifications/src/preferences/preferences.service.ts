import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationPreferences } from './notification-preferences.entity';
import { NotificationPreferencesView } from './notification-preferences.type';

/** The choices of someone who never made any: everything on. */
const DEFAULTS = { reminders: true, invitations: true };

const view = (row: { reminders: boolean; invitations: boolean }): NotificationPreferencesView =>
  Object.assign(new NotificationPreferencesView(), { reminders: row.reminders, invitations: row.invitations });

/** `userId`'s choices, or the defaults when they never made any. */
export async function findPreferences(em: EntityManager, userId: string): Promise<NotificationPreferencesView> {
  const row = await em.findOne(NotificationPreferences, { userId });
  return view(row ?? DEFAULTS);
}

/**
 * Sets the choices given (the others keep their value, or the default) in one upsert statement, so two
 * changes at once cannot both insert: each lands whole on the one row. Returns the choices as stored.
 */
export async function upsertPreferences(
  em: EntityManager,
  userId: string,
  changes: { reminders?: boolean | null; invitations?: boolean | null },
): Promise<NotificationPreferencesView> {
  const rows = await em.getConnection().execute<Array<{ reminders: boolean; invitations: boolean }>>(
    `insert into notification_preferences (user_id, reminders, invitations, updated_at)
     values (?, coalesce(?::boolean, true), coalesce(?::boolean, true), now())
     on conflict (user_id) do update set
       reminders = coalesce(?::boolean, notification_preferences.reminders),
       invitations = coalesce(?::boolean, notification_preferences.invitations),
       updated_at = now()
     returning reminders, invitations`,
    [userId, changes.reminders ?? null, changes.invitations ?? null, changes.reminders ?? null, changes.invitations ?? null],
  );
  return view(rows[0]);
}

/** Turns one optional category off for `userId` (the unsubscribe link); a no-op when already off. */
export async function turnOff(em: EntityManager, userId: string, field: 'reminders' | 'invitations'): Promise<NotificationPreferencesView> {
  return upsertPreferences(em, userId, { [field]: false });
}
