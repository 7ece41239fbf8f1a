import { isUuid, systemRoute } from '@caregraph/runtime';

/** Where the delivery worker turns listings into the people to tell (docs/adr/022-notifications-outbox-and-delivery-worker.md). */
export const THERAPIST_USERS_PATH = '/internal/therapist-users';

/** The most listing ids one request may name. */
export const MAX_THERAPIST_IDS = 500;

/**
 * `POST /internal/therapist-users` `{ therapistIds }` → `{ therapists: [{ therapistId, userId }] }`, for the
 * platform itself only (SYSTEM internal token, `systemRoute`): the accounts user behind each listing, so a
 * listing's notices reach its therapist. Unknown ids are left out.
 */
export const therapistUsersRoute = systemRoute(async ({ body, orm }) => {
  const { therapistIds } = (body ?? {}) as { therapistIds?: unknown };
  if (!Array.isArray(therapistIds) || therapistIds.length > MAX_THERAPIST_IDS || !therapistIds.every((id) => typeof id === 'string' && isUuid(id))) {
    return { status: 400, error: `"therapistIds" must be a list of at most ${MAX_THERAPIST_IDS} therapist ids.` };
  }
  const rows = await orm.em.fork().getConnection().execute<Array<{ id: string; user_id: string }>>(
    // A PostgreSQL array literal: every id was checked to be a UUID above.
    'select id, user_id from therapists where id = any(?::uuid[])',
    [`{${(therapistIds as string[]).join(',')}}`],
  );
  return { body: { therapists: rows.map((r) => ({ therapistId: r.id, userId: r.user_id })) } };
});
