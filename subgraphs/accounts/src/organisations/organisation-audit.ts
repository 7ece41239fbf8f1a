import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganisationAuditAction } from './organisation-audit-action';
import { OrganisationAuditEntry } from './organisation-audit.entity';

/** Adds a record to the organisation audit, written by the caller's flush in the caller's transaction. */
export function recordOrganisationAudit(
  em: EntityManager,
  record: { organisationId: string; actorId: string; action: OrganisationAuditAction; subjectId?: string | null; details: Record<string, unknown> },
): void {
  em.create(OrganisationAuditEntry, { ...record, subjectId: record.subjectId ?? null });
}
