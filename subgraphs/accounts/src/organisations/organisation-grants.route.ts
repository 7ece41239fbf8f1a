import { isUuid, systemRoute } from '@caregraph/runtime';

/** Where the delivery worker asks what organisations may hear now (docs/adr/030). */
export const ORGANISATION_GRANTS_PATH = '/internal/organisation-grants';

/** The most organisation ids one request may name. */
export const MAX_ORGANISATION_IDS = 500;

/**
 * `POST /internal/organisation-grants` `{ organisationIds }` → `{ organisations: [{ organisationId, scopes }] }`,
 * for the platform itself only (SYSTEM internal token). Answers for verified organisations only, with the
 * scopes they hold now: an event reaches an organisation's endpoints only while it may read what the event is
 * about, so a scope taken away (or an organisation gone) stops its webhooks at once.
 */
export const organisationGrantsRoute = systemRoute(async ({ body, orm }) => {
  const { organisationIds } = (body ?? {}) as { organisationIds?: unknown };
  if (!Array.isArray(organisationIds) || organisationIds.length > MAX_ORGANISATION_IDS || !organisationIds.every((id) => typeof id === 'string' && isUuid(id))) {
    return { status: 400, error: `"organisationIds" must be a list of at most ${MAX_ORGANISATION_IDS} organisation ids.` };
  }
  const rows = await orm.em.fork().getConnection().execute<Array<{ id: string; granted_scopes: string[] }>>(
    'select id, granted_scopes from organisations where verified_at is not null and id = any(?::uuid[])',
    // A PostgreSQL array literal: every id was checked to be a UUID above.
    [`{${(organisationIds as string[]).join(',')}}`],
  );
  return { body: { organisations: rows.map((r) => ({ organisationId: r.id, scopes: r.granted_scopes })) } };
});
