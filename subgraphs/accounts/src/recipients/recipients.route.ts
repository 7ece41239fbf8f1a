import { isUuid, systemRoute } from '@caregraph/runtime';

/** Where the delivery worker asks who to tell (docs/adr/022-notifications-outbox-and-delivery-worker.md). */
export const RECIPIENTS_PATH = '/internal/recipients';

/** The most user ids one request may name. */
export const MAX_RECIPIENT_IDS = 500;

/**
 * `POST /internal/recipients` `{ userIds, admins? }` → `{ recipients: [{ userId, email, roles }] }`, for the
 * platform itself only (SYSTEM internal token, `systemRoute`). Answers for active accounts with a confirmed
 * address only: a locked account, a deleted one or an address never confirmed gets nothing sent to it.
 * With `admins: true`, every such admin too. Addresses are never logged.
 */
export const recipientsRoute = systemRoute(async ({ body, orm }) => {
  const { userIds, admins = false } = (body ?? {}) as { userIds?: unknown; admins?: unknown };
  if (!Array.isArray(userIds) || userIds.length > MAX_RECIPIENT_IDS || !userIds.every((id) => typeof id === 'string' && isUuid(id))) {
    return { status: 400, error: `"userIds" must be a list of at most ${MAX_RECIPIENT_IDS} user ids.` };
  }
  if (typeof admins !== 'boolean') return { status: 400, error: '"admins" must be true or false.' };
  const rows = await orm.em.fork().getConnection().execute<Array<{ id: string; email: string; role: string }>>(
    `select id, email, role from users
     where locked_at is null and email_verified_at is not null and (id = any(?::uuid[]) or (? and role = 'ADMIN'))`,
    // A PostgreSQL array literal: every id was checked to be a UUID above.
    [`{${(userIds as string[]).join(',')}}`, admins],
  );
  return { body: { recipients: rows.map((r) => ({ userId: r.id, email: r.email, roles: [r.role] })) } };
});
